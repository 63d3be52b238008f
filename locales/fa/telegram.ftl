# consultbot — Persian: what Telegram shows about the bot (command menu, descriptions).
# DRAFT translation, machine-assisted, to be reviewed by a native speaker.
# پیش‌نویس ترجمه، با کمک ماشین؛ باید یک فارسی‌زبان آن را بازبینی کند.
# Keep sentences short and plain. Slash commands (/item 12) stay as they are.
# Command descriptions: at most 256 characters. Description: at most 512. Short description: at most 120.
# Words: sticker = برچسب، sheet = برگه، challenge = چالش، solution = راه‌حل، consultation = نظرخواهی.

command-start = شروع و دیدن موضوع‌ها
command-themes = دیدن موضوع‌ها
command-add = نوشتن یک چالش یا راه‌حل تازه
command-mystickers = دیدن برچسب‌های شما
command-item = باز کردن یک برگه، مثلاً /item 12
command-vote = گذاشتن برچسب، مثلاً /vote 12
command-unvote = پس گرفتن برچسب، مثلاً /unvote 12
command-language = عوض کردن زبان
command-about = دربارهٔ این نظرخواهی
command-help = چطور کار می‌کند؟
command-cancel = متوقف کردن کاری که می‌کنید
command-mydata = دیدن آنچه consultbot دربارهٔ شما نگه می‌دارد
command-forget = درخواست برای اینکه consultbot شما را فراموش کند
bot-description = نظرتان را دربارهٔ سیاست ادغام کپنهاگ بگویید. نوشته‌های ساکنان دیگر را بخوانید، ایده‌های خودتان را اضافه کنید، و روی چیزهایی که برایتان مهم‌تر است برچسب بگذارید. به زبان‌های دانمارکی، انگلیسی، عربی، ترکی استانبولی، اردو، سومالیایی، لهستانی، فارسی و اوکراینی.
bot-short-description = نظرتان را دربارهٔ سیاست ادغام کپنهاگ بگویید، به زبان خودتان.
