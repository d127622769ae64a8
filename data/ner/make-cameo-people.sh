#!/bin/sh
# Derives cameo-people.txt from the UniversalPetrarch Arabic actor dictionary (MIT; see README.md).
# Usage: sh data/ner/make-cameo-people.sh ../shared/data/cameo-arabic/actor_dict_ar_v4.txt > data/ner/cameo-people.txt
# Keeps multi-word actors that carry dated roles (people, mostly), drops those that start with a
# title or an organisation word, cuts a trailing description at its title word, and turns _ into spaces.
set -eu
stop='^(رئيس|وزير|أمير|شيخ|ملك|حزب|قوة|نائب|جنرال|جبهة|مجلس|حركة|جامعة|حكومة|سفير|جيش|وكالة|أمين|وزيرة|وزارة|ل|دكتور|عاهل|شرطة|بنك|اتحاد|هيئة|منظمة|محكمة|كتيبة|عاصمة|سلطة|جماعة|تنظيم|الملا|آية|مفوض|مدير|قائد|زعيم|سلطان|رئيسة|مستشار|مبعوث|ممثل|متحدث|لواء|عقيد|عميد|مرشد|مفتي|بابا|ولي|أمينة|قاضي|محافظ|نقابة|شركة|مؤسسة|صندوق|برلمان|مكتب|لجنة|رابطة|تحالف|ائتلاف|إدارة|دائرة|مركز|معهد|مصرف|جمعية|كتائب|ألوية|سرايا|فيلق|فرقة|كنيسة|مملكة|جمهورية|دولة|إمارة|ولاية|مدينة|حرس|جهاز|قيادة|أركان|مجموعة|شبكة|صحيفة|قناة|إذاعة|تلفزيون|ميليشيا|ميليشيات|حاكم|سيناتور|نائبة|عضو|أسقف|بطريرك|كاردينال|إمام|داعية|سيد|سيدة|برنامج|معبر|جند|حرق)$'
echo '# People in the UniversalPetrarch Arabic actor dictionary (MIT), one a line; made by make-cameo-people.sh.'
awk 'prev != "" && /^\t\[/ { print prev } { if ($0 !~ /^[\t ]/ && $0 !~ /\[/) prev = $0; else if ($0 !~ /^\t\[/) prev = "" }' "$1" |
  sed 's/ *$//; s/_$//' | grep '_' |
  awk -F_ -v stop="$stop" '$1 !~ stop {
      out = $1
      for (i = 2; i <= NF; i++) { if ($i ~ /^(وزير|سفير|رئيس|نائب|مبعوث|أمين|مدير|قائد)$/) break; out = out " " $i }
      if (out ~ / /) print out }' |
  LC_ALL=C sort -u
