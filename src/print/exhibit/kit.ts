/**
 * What the exhibition kit holds for a booklet: the documents (a poster and a handout per neighbourhood, a poster
 * per county with neighbourhoods, one for the province), where each one's print page is and where its PDF goes.
 * The templates, the pipeline and the site's download links all read this one list.
 */
import { exhibitChoice, HANDOUT, posterGeometry, type PosterGeometry } from "../../book/poster-sizes.ts";
import { computeTotals, type Booklet, type County, type Neighbourhood } from "../../content/model.ts";

export type ExhibitKind = "poster" | "handout" | "county" | "province";

export interface ExhibitDocument {
  kind: ExhibitKind;
  /** The neighbourhood's or county's slug; "province" for the province poster. */
  slug: string;
  /** Who reads the progress line: the neighbourhood's, county's or province's name. */
  name: string;
  /** The print page in the site, e.g. /print/exhibit/posters/kuy-nour/ */
  page: string;
  /** The PDF inside output/exhibit/ (and the site's /exhibit/), e.g. posters/kuy-nour.pdf */
  file: string;
  /** Page size in millimetres, and how many pages (a handout has two sides). */
  width: number;
  height: number;
  pages: number;
}

/** Where the kit's print pages live in the site: beside the booklet's print pages. */
export const EXHIBIT_PAGES = "/print/exhibit/";
/** Where the PDFs are published in the site (and, without the slash, the folder in the output). */
export const EXHIBIT_SITE_DIR = "/exhibit/";
export const HANDOUTS_ALL = "handouts-all.pdf";
/** Indicators drawn on a poster: three or four read from two metres; more would be too small. */
export const POSTER_INDICATORS = 4;

export function exhibitDocuments(booklet: Booklet, poster: PosterGeometry): ExhibitDocument[] {
  const big = { width: poster.width, height: poster.height, pages: 1 };
  const documents: ExhibitDocument[] = [];
  for (const n of booklet.neighbourhoods) {
    const base = { slug: n.slug, name: n.name };
    documents.push({
      kind: "poster",
      ...base,
      ...big,
      page: `${EXHIBIT_PAGES}posters/${n.slug}/`,
      file: `posters/${n.slug}.pdf`,
    });
  }
  for (const n of booklet.neighbourhoods) {
    const base = { slug: n.slug, name: n.name };
    documents.push({
      kind: "handout",
      ...base,
      ...HANDOUT,
      pages: 2,
      page: `${EXHIBIT_PAGES}handouts/${n.slug}/`,
      file: `handouts/${n.slug}.pdf`,
    });
  }
  for (const c of booklet.counties.filter((county) => county.neighbourhoods.length)) {
    documents.push({
      kind: "county",
      slug: c.slug,
      name: c.name,
      ...big,
      page: `${EXHIBIT_PAGES}counties/${c.slug}/`,
      file: `counties/${c.slug}.pdf`,
    });
  }
  documents.push({
    kind: "province",
    slug: "province",
    name: booklet.settings.province,
    ...big,
    page: `${EXHIBIT_PAGES}province/`,
    file: "province.pdf",
  });
  return documents;
}

/** A county's chart rows: each neighbourhood as a row of the actions chart (src/site/chart.ts takes counties). */
function neighbourhoodRows(county: County): County[] {
  return county.neighbourhoods.map((n: Neighbourhood) => ({
    slug: n.slug,
    name: n.name,
    neighbourhoods: [n],
    totals: computeTotals([n]),
  }));
}

/** The global data the kit's templates read (`exhibitKit`): empty lists when the kit is not being made. */
export function exhibitKit(booklet: Booklet | undefined) {
  const choice = exhibitChoice(booklet?.settings.exhibit);
  const poster = posterGeometry(choice.poster);
  const on = choice.enabled && booklet !== undefined;
  const counties = on ? booklet.counties.filter((c) => c.neighbourhoods.length) : [];
  return {
    enabled: on,
    poster,
    handout: HANDOUT,
    indicators: POSTER_INDICATORS,
    neighbourhoods: on ? booklet.neighbourhoods : [],
    counties: counties.map((county) => ({ county, rows: neighbourhoodRows(county) })),
    province: on ? [booklet] : [],
    documents: on ? exhibitDocuments(booklet, poster) : [],
  };
}
