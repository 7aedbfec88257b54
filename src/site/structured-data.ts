/**
 * JSON-LD for search engines: the publisher as a GovernmentOrganization, the home page as the WebSite (with its
 * search), each neighbourhood page as an Article about a Place, every other page as a WebPage. One @graph per
 * page; the publisher and the site are described once and referred to by @id.
 */
import type { Booklet, Neighbourhood } from "../content/model.ts";

export interface PageFacts {
  /** Absolute URL of the page. */
  url: string;
  /** Absolute URL of the home page. */
  home: string;
  title: string;
  description: string;
  /** Absolute URL of the page's Open Graph image. */
  image: string;
  /** Absolute URL of the emblem (512 px). */
  logo: string;
  n?: Neighbourhood;
}

export function structuredData(booklet: Booklet, page: PageFacts): object {
  const { settings } = booklet;
  const publisher = {
    "@type": "GovernmentOrganization",
    "@id": `${page.home}#publisher`,
    name: settings.organisation,
    url: page.home,
    logo: page.logo,
    areaServed: { "@type": "AdministrativeArea", name: `استان ${settings.province}` },
  };
  const website = {
    "@type": "WebSite",
    "@id": `${page.home}#website`,
    name: settings.title,
    url: page.home,
    inLanguage: "fa",
    publisher: { "@id": publisher["@id"] },
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${page.home}search/?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    },
  };
  const common = {
    "@id": `${page.url}#page`,
    url: page.url,
    inLanguage: "fa",
    description: page.description,
    image: page.image,
    isPartOf: { "@id": website["@id"] },
    publisher: { "@id": publisher["@id"] },
  };
  const { n } = page;
  const main = n
    ? {
        "@type": "Article",
        ...common,
        headline: n.name,
        author: { "@id": publisher["@id"] },
        mainEntityOfPage: page.url,
        about: {
          "@type": "Place",
          name: n.name,
          address: {
            "@type": "PostalAddress",
            ...(n.city ? { addressLocality: n.city } : {}),
            addressRegion: settings.province,
            addressCountry: "IR",
          },
          containedInPlace: { "@type": "AdministrativeArea", name: `شهرستان ${n.countyName}` },
        },
      }
    : { "@type": "WebPage", ...common, name: page.title };
  return { "@context": "https://schema.org", "@graph": [publisher, website, main] };
}

/** JSON for a <script type="application/ld+json">: "<" escaped, so no text can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
