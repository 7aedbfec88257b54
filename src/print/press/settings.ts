/**
 * The press settings of booklet.yml checked before anything is rendered: a bleed or a paper thickness out of
 * range, or a profile that is missing or is not a CMYK output profile, is the user's to fix, and is reported as a
 * content error on booklet.yml (a clean message and exit code 1, like any other settings mistake).
 */
import path from "node:path";
import {
  BLEED_RANGE,
  PAPER_THICKNESS_RANGE,
  pressSettings,
  type PressFields,
  type PressSettings,
} from "../../book/press.ts";
import { ContentError, type ContentIssue } from "../../content/issues.ts";
import { formatPlain } from "../../typography/numbers.ts";
import { checkProfile, customProfile, type OutputProfile, type ProfileProblem } from "./icc.ts";

const fa = (n: number) => formatPlain(n);

function issue(file: string, field: string, message: ContentIssue["message"]): ContentIssue {
  return { severity: "error", file, field, message };
}

/** Problems with the bleed and paper thickness (empty when both are in range). */
export function rangeIssues(fields: PressFields, settingsFile: string): ContentIssue[] {
  const { bleed, paperThickness } = pressSettings(fields);
  const issues: ContentIssue[] = [];
  if (!(bleed >= BLEED_RANGE.min && bleed <= BLEED_RANGE.max))
    issues.push(
      issue(settingsFile, "bleed", {
        fa: `لبه اضافی (bleed) باید از ${fa(BLEED_RANGE.min)} تا ${fa(BLEED_RANGE.max)} میلی‌متر باشد (نوشته شده: ${fa(bleed)})؛ چاپخانه‌ها معمولاً ۳ میلی‌متر می‌خواهند.`,
        en: `bleed must be from ${BLEED_RANGE.min} to ${BLEED_RANGE.max} mm (found: ${bleed}); print shops usually ask for 3 mm.`,
      }),
    );
  if (!(paperThickness >= PAPER_THICKNESS_RANGE.min && paperThickness <= PAPER_THICKNESS_RANGE.max))
    issues.push(
      issue(settingsFile, "paperThickness", {
        fa: `ضخامت هر برگ کاغذ باید از ${fa(PAPER_THICKNESS_RANGE.min)} تا ${fa(PAPER_THICKNESS_RANGE.max)} میلی‌متر باشد (نوشته شده: ${fa(paperThickness)})؛ کاغذ تحریر ۸۰ گرمی حدود ۰٫۱ میلی‌متر است.`,
        en: `paperThickness must be from ${PAPER_THICKNESS_RANGE.min} to ${PAPER_THICKNESS_RANGE.max} mm per leaf (found: ${paperThickness}); 80 g/m² offset paper is about 0.1 mm.`,
      }),
    );
  return issues;
}

const profileMessages: Record<ProfileProblem, (file: string) => ContentIssue["message"]> = {
  missing: (file) => ({
    fa: `فایل پروفایل رنگ پیدا نشد: ${file}`,
    en: `the colour profile file was not found: ${file}`,
  }),
  notIcc: (file) => ({
    fa: `فایل ${file} پروفایل رنگ ICC نیست.`,
    en: `${file} is not an ICC colour profile.`,
  }),
  notCmykOutput: (file) => ({
    fa: `پروفایل ${file} برای چاپ CMYK نیست (پروفایل خروجی چاپگر با فضای رنگ CMYK لازم است، مثل FOGRA39).`,
    en: `${file} is not a CMYK output profile (a printer profile in CMYK is needed, like FOGRA39).`,
  }),
};

/**
 * The checked press settings and, when `profile:` is set, that profile (undefined: the default FOGRA39).
 * Throws a ContentError naming booklet.yml and the field.
 */
export async function checkPressSettings(
  fields: PressFields,
  contentDir: string,
  settingsFile: string,
): Promise<{ settings: PressSettings; profile?: OutputProfile }> {
  const settings = pressSettings(fields);
  const issues = rangeIssues(fields, settingsFile);
  let profile: OutputProfile | undefined;
  if (settings.profile !== undefined) {
    const file = path.resolve(contentDir, settings.profile);
    const checked = await checkProfile(file);
    if (checked.problem)
      issues.push(issue(settingsFile, "profile", profileMessages[checked.problem](settings.profile)));
    else profile = customProfile(file, checked.description);
  }
  if (issues.length) throw new ContentError(issues);
  return { settings, profile };
}
