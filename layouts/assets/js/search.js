/**
 * The search page's script (the site's only one): reads ?q=, ?county= and ?status= from the address, folds the
 * query as the index was folded (the same module, bundled in), searches Pagefind's index (all its shards at once)
 * with each spelling the query may stand for, and lists the results as links with excerpts. Without it, the page's
 * form still works and the page points to the counties' lists.
 */
import { formatNumber } from "../../../src/typography/numbers.ts";
import { foldForSearch, queryVariants } from "../../../src/typography/search-folding.ts";

const PAGE_SIZE = 20;
const status = document.getElementById("search-summary");
const list = document.getElementById("search-results");
const more = document.getElementById("search-more");
const params = new URLSearchParams(location.search);
const query = (params.get("q") ?? "").trim();
const filters = {};
for (const name of ["county", "status"]) {
  const value = params.get(name) ?? "";
  const field = document.getElementById(`search-${name}`);
  if (field && value && [...field.options].some((option) => option.value === value)) {
    field.value = value;
    filters[name] = value;
  }
}
document.getElementById("search-q").value = query;

/** Pagefind's excerpt is escaped text with <mark> around the words found: rebuilt as nodes, never as HTML. */
function excerptNodes(excerpt) {
  const decode = (text) => new DOMParser().parseFromString(`<p>${text}</p>`, "text/html").body.textContent ?? "";
  return excerpt.split(/(<mark>[^<]*<\/mark>)/).map((part) => {
    const marked = /^<mark>([^<]*)<\/mark>$/.exec(part);
    if (!marked) return document.createTextNode(decode(part));
    const mark = document.createElement("mark");
    mark.textContent = decode(marked[1]);
    return mark;
  });
}

function resultItem(data) {
  const item = document.createElement("li");
  item.className = "result";
  const title = document.createElement("h2");
  title.className = "result__title";
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title;
  title.append(link);
  item.append(title);
  if (data.meta.kind) {
    const kind = document.createElement("p");
    kind.className = "result__kind";
    kind.textContent = data.meta.kind;
    item.append(kind);
  }
  const excerpt = document.createElement("p");
  excerpt.className = "result__excerpt";
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(excerpt);
  return item;
}

/**
 * Pagefind's index, in shards (src/site/search-shards.ts): the primary bundle, and the others that shards.json
 * lists merged into it, so that one search searches them all. An index without the list is searched alone.
 */
async function openIndex() {
  const pagefind = await import(new URL("../../pagefind/pagefind.js", import.meta.url).href);
  const options = { baseUrl: new URL("../../", import.meta.url).pathname, excerptLength: 28 };
  await pagefind.options(options);
  // Checked with the server each time (as Pagefind does its own entry file): a list kept from before a deploy
  // that changed the number of shards would leave shards out, or ask for ones that are gone.
  const listed = await fetch(new URL("../../pagefind/shards.json", import.meta.url), { cache: "no-cache" });
  const shards = listed.ok ? await listed.json() : [];
  await Promise.all(
    shards.map((folder) => pagefind.mergeIndex(new URL(`../../pagefind/${folder}`, import.meta.url).href, options)),
  );
  return pagefind;
}

async function search() {
  const pagefind = await openIndex();
  const variants = query ? queryVariants(foldForSearch(query)) : [null];
  // A page found by several spellings keeps its best score.
  const found = new Map();
  for (const variant of variants) {
    const response = await pagefind.search(variant, { filters });
    for (const result of response.results) {
      const known = found.get(result.id);
      if (!known || known.score < result.score) found.set(result.id, result);
    }
  }
  return [...found.values()].sort((a, b) => b.score - a.score);
}

async function show(results, from) {
  const page = await Promise.all(results.slice(from, from + PAGE_SIZE).map((result) => result.data()));
  list.append(...page.map(resultItem));
  const shown = Math.min(from + PAGE_SIZE, results.length);
  more.hidden = shown >= results.length;
  more.onclick = () => {
    more.hidden = true;
    // The first new result takes the focus, so that keyboard users continue where the list grew.
    show(results, shown).then(() => list.children[shown]?.querySelector("a")?.focus());
  };
}

async function run() {
  if (!query && !Object.keys(filters).length) return;
  status.textContent = "در حال جست‌وجو…";
  try {
    const results = await search();
    await show(results, 0);
    const what = query ? `برای «${query}»` : "";
    status.textContent = results.length
      ? `${formatNumber(results.length)} نتیجه ${what}`.trim()
      : `نتیجه‌ای ${what} پیدا نشد. واژه کوتاه‌تر یا املای دیگری را بیازمایید.`.replace(/\s+/g, " ");
    if (query) document.title = `${query} — ${document.title}`;
  } catch {
    status.textContent = "جست‌وجو اکنون در دسترس نیست. فهرست محله‌ها در صفحه هر شهرستان هست.";
  }
}

run();
