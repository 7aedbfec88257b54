/**
 * The chunks of a big booklet's print (src/book/chunks.ts), merged into one PDF as if Chromium had printed it at
 * once: the pages in order, every chunk's named destinations (the table of contents' links, in the first chunk, point
 * to names that later chunks define), and the tagged structure: each chunk's structure elements join the first
 * chunk's document element, and its parent-tree keys (pages' StructParents, annotations' StructParent) are moved past
 * the keys already used. A photograph printed in several chunks is kept once; fonts are copied per chunk (a font
 * subset is a chunk's own).
 */
import { createHash } from "node:crypto";
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFObjectCopier,
  PDFPage,
  type PDFPageLeaf,
  PDFRawStream,
  PDFRef,
  type PDFContext,
} from "pdf-lib";

const name = PDFName.of;

/** The (key, value) pairs of a number tree, its kids' included. */
function numberTreeEntries(tree: PDFDict): [number, PDFObject][] {
  const nums = tree.lookupMaybe(name("Nums"), PDFArray);
  const own: [number, PDFObject][] = [];
  for (let i = 0; nums && i + 1 < nums.size(); i += 2) {
    own.push([(nums.lookup(i, PDFNumber) as PDFNumber).asNumber(), nums.get(i + 1)]);
  }
  const kids = tree.lookupMaybe(name("Kids"), PDFArray);
  const fromKids = kids ? kids.asArray().flatMap((kid) => numberTreeEntries(tree.context.lookup(kid, PDFDict))) : [];
  return [...own, ...fromKids];
}

interface StructureParts {
  root: PDFDict;
  document: PDFDict;
  documentRef: PDFRef;
  parentTree: PDFDict;
}

function structure(pdf: PDFDocument): StructureParts | undefined {
  const root = pdf.catalog.lookupMaybe(name("StructTreeRoot"), PDFDict);
  const documentRef = root?.get(name("K"));
  if (!root || !(documentRef instanceof PDFRef)) return undefined;
  return {
    root,
    document: pdf.context.lookup(documentRef, PDFDict),
    documentRef,
    parentTree: root.lookup(name("ParentTree"), PDFDict),
  };
}

/** A structure element's kids (its /K: one kid, or an array of them, direct or not). */
const kids = (element: PDFDict): PDFObject[] => {
  const k = element.get(name("K"));
  const resolved = k instanceof PDFRef ? element.context.lookup(k) : k;
  return resolved instanceof PDFArray ? resolved.asArray() : k ? [k] : [];
};

/** Adds `offset` to an integer entry of a dictionary, where it has one. */
function shift(dict: PDFDict, key: string, offset: number): void {
  const value = dict.get(name(key));
  if (value instanceof PDFNumber) dict.set(name(key), PDFNumber.of(value.asNumber() + offset));
}

/**
 * What makes two image streams the same image: their bytes and their dictionary (a soft mask by its own key); undefined
 * for anything else, or for an image whose dictionary points elsewhere (it is then simply copied).
 */
function imageKey(context: PDFContext, stream: PDFRawStream): string | undefined {
  if (stream.dict.get(name("Subtype")) !== name("Image")) return undefined;
  const hash = createHash("sha256").update(stream.contents);
  for (const [key, value] of stream.dict.entries()) {
    if (key === name("Length")) continue;
    let text = value.toString();
    if (value instanceof PDFRef) {
      const target = context.lookup(value);
      const inner = target instanceof PDFRawStream ? imageKey(context, target) : undefined;
      if (inner === undefined) return undefined;
      text = inner;
    }
    hash.update(`${key.toString()} ${text}\n`);
  }
  return hash.digest("hex");
}

/** The merged document's images by key, kept between appends. */
const imagesByKey = new WeakMap<PDFDocument, Map<string, PDFRef>>();

function imageRefs(pdf: PDFDocument): Map<string, PDFRef> {
  let known = imagesByKey.get(pdf);
  if (!known) {
    known = new Map();
    for (const [ref, object] of pdf.context.enumerateIndirectObjects()) {
      const key = object instanceof PDFRawStream ? imageKey(pdf.context, object) : undefined;
      if (key !== undefined && !known.has(key)) known.set(key, ref);
    }
    imagesByKey.set(pdf, known);
  }
  return known;
}

/** Appends the pages, named destinations and structure of `chunkBytes` (a later chunk) to `merged` (the first). */
export async function appendChunk(merged: PDFDocument, chunkBytes: Uint8Array): Promise<void> {
  const chunk = await PDFDocument.load(chunkBytes, { updateMetadata: false });
  const copier = PDFObjectCopier.for(chunk.context, merged.context);
  // What the copier has copied, and where to: seeded with objects that the merged document already has an equal of.
  const traversed = (copier as unknown as { traversedObjects: Map<PDFObject, PDFObject> }).traversedObjects;
  const known = imageRefs(merged);
  const newImages: [string, PDFRef][] = [];
  for (const [ref, object] of chunk.context.enumerateIndirectObjects()) {
    const key = object instanceof PDFRawStream ? imageKey(chunk.context, object) : undefined;
    if (key === undefined) continue;
    const same = known.get(key);
    if (same) traversed.set(ref, same);
    else newImages.push([key, ref]);
  }
  const into = structure(merged);
  const from = structure(chunk);
  // The chunk's document element and root stand for the merged ones: the copier follows every /P up to them, and
  // would otherwise copy the chunk's whole structure tree a second time.
  if (into && from) {
    traversed.set(from.documentRef, into.documentRef);
    const rootRef = chunk.catalog.get(name("StructTreeRoot"));
    const mergedRootRef = merged.catalog.get(name("StructTreeRoot"));
    if (rootRef && mergedRootRef) traversed.set(rootRef, mergedRootRef);
  }
  const offset = into ? (into.root.lookupMaybe(name("ParentTreeNextKey"), PDFNumber)?.asNumber() ?? 0) : 0;

  for (const page of chunk.getPages()) {
    const ref = copier.copy(page.ref);
    const leaf = merged.context.lookup(ref) as PDFPageLeaf;
    shift(leaf, "StructParents", offset);
    for (const annotation of leaf.lookupMaybe(name("Annots"), PDFArray)?.asArray() ?? []) {
      shift(merged.context.lookup(annotation, PDFDict), "StructParent", offset);
    }
    merged.addPage(PDFPage.of(leaf, ref, merged));
  }
  for (const [key, ref] of newImages) {
    const copied = traversed.get(ref);
    if (copied instanceof PDFRef && !known.has(key)) known.set(key, copied);
  }

  const dests = chunk.catalog.lookupMaybe(name("Dests"), PDFDict);
  if (dests) {
    let mergedDests = merged.catalog.lookupMaybe(name("Dests"), PDFDict);
    if (!mergedDests) {
      mergedDests = merged.context.obj({});
      merged.catalog.set(name("Dests"), merged.context.register(mergedDests));
    }
    for (const [key, value] of dests.entries()) mergedDests.set(key, copier.copy(value));
  }

  if (into && from) {
    const mergedKids = kids(into.document);
    for (const kid of kids(from.document)) mergedKids.push(copier.copy(kid));
    into.document.set(name("K"), merged.context.obj(mergedKids));
    // One flat number tree: a tree node holds either numbers or kids, and Chromium's are flat anyway.
    if (into.parentTree.has(name("Kids"))) {
      const entries = numberTreeEntries(into.parentTree);
      into.parentTree.delete(name("Kids"));
      into.parentTree.delete(name("Limits"));
      into.parentTree.set(name("Nums"), merged.context.obj(entries.flatMap(([key, value]) => [key, value])));
    }
    const nums = into.parentTree.lookupMaybe(name("Nums"), PDFArray) ?? merged.context.obj([]);
    for (const [key, value] of numberTreeEntries(from.parentTree)) {
      nums.push(PDFNumber.of(key + offset));
      nums.push(copier.copy(value));
    }
    into.parentTree.set(name("Nums"), nums);
    const next = from.root.lookupMaybe(name("ParentTreeNextKey"), PDFNumber)?.asNumber() ?? 0;
    into.root.set(name("ParentTreeNextKey"), PDFNumber.of(offset + next));
  }
}
