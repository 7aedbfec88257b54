/**
 * `ketabche new <slug>`: a new neighbourhood file with every field present and explained in Persian, so an editor
 * fills in blanks instead of remembering the schema.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { ContentError } from "../content/issues.ts";
import { displayPath, readSettings, type LoadOptions } from "../content/load.ts";
import { slugPattern } from "../content/schema.ts";

function template(county: string, counties: string[]): string {
  return `---
# نام محله، همان‌طور که در کتابچه و وب‌گاه دیده می‌شود.
name: نام محله
# یکی از شهرستان‌های booklet.yml: ${counties.join("، ")}
county: ${county}
# شهر و بخش یا منطقه (اختیاری؛ اگر ندارد این سطرها را پاک کنید).
city: ${county}
district: منطقه ۱
# جای محله در کتابچه، در میان محله‌های همان شهرستان (عدد یکتا؛ اختیاری).
order: 100
# جمعیت تقریبی محله (عدد).
population: 1000
# شبکه مردمی محله: نام، شمار اعضا و شمار آموزش‌دیدگان (آموزش‌دیده‌ها بیش از اعضا نیستند).
network:
  name: شبکه مردمی محله
  members: 20
  trained: 10
# مسئله‌های محله به ترتیب اولویت؛ مهم‌ترین در بالا. هر مسئله در سطری با خط تیره.
problems:
  - مسئله نخست
  - مسئله دوم
# اقدام‌ها: عنوان، دستگاه مسئول، وضعیت (done انجام‌شده، ongoing در حال انجام، planned برنامه‌ریزی‌شده)
# و تاریخ شمسی به شکل سال-ماه-روز.
actions:
  - title: عنوان اقدام
    agency: نام دستگاه
    status: done
    date: 1403-01-15
# شاخص‌ها: عنوان، مقدار پیش و پس از کار قرارگاه، و یکای شمارش (اختیاری).
indicators:
  - label: عنوان شاخص
    before: 0
    after: 10
    unit: مورد
# تصویر اصلی: مسیر فایل در پوشه محتوا، توضیح تصویر برای نابینایان (لازم) و زیرنویس (اختیاری).
cover:
  src: images/نام-فایل.jpg
  alt: آنچه در تصویر دیده می‌شود
  caption: زیرنویس تصویر
# تصویرهای دیگر (اختیاری)، با همان فیلدهای تصویر اصلی.
gallery:
  - src: images/نام-فایل-دیگر.jpg
    alt: آنچه در تصویر دیده می‌شود
    caption: زیرنویس تصویر
---
روایت محله را اینجا بنویسید: محله و مردمش، شکل‌گیری شبکه مردمی، مسئله‌ها و کارهایی که انجام شد.

## یک عنوان فرعی

بندها را با یک سطر خالی از هم جدا کنید. برای فهرست، هر مورد را در سطری با خط تیره بنویسید.
`;
}

export async function scaffoldNeighbourhood(
  contentDir: string,
  slug: string,
  options: LoadOptions = {},
): Promise<string> {
  const relative = `neighbourhoods/${slug}.md`;
  const shown = displayPath(contentDir, relative, options.cwd);
  if (!slugPattern.test(slug)) {
    throw new ContentError([
      {
        severity: "error",
        file: shown,
        message: {
          fa: `نام «${slug}» پذیرفته نیست: فقط حروف کوچک لاتین، رقم و خط تیره، مثل kuy-basij (ketabche new kuy-basij).`,
          en: `"${slug}" is not a valid name: lowercase Latin letters, digits and hyphens only, like kuy-basij (ketabche new kuy-basij).`,
        },
      },
    ]);
  }
  const settings = await readSettings(contentDir, options);
  const file = path.join(contentDir, relative);
  await fs.mkdir(path.dirname(file), { recursive: true });
  try {
    // "wx": never overwrite an editor's file, even if it appears between a check and the write.
    await fs.writeFile(
      file,
      template(
        settings.counties[0]!.name,
        settings.counties.map((c) => c.name),
      ),
      { flag: "wx" },
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    throw new ContentError([
      {
        severity: "error",
        file: shown,
        message: {
          fa: "این محله پیش‌تر ساخته شده است؛ نام دیگری برگزینید یا همان فایل را ویرایش کنید.",
          en: "this neighbourhood already exists; choose another name or edit that file.",
        },
      },
    ]);
  }
  return file;
}
