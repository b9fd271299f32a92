/** What the head of a year page says about it. */
export interface PageMeta {
  title: string;
  description: string;
  /** The page's own address: absolute if the site's origin is known, else from the root. */
  url: string;
  image: string;
  imageAlt: string;
  /** The same page in each language, for `hreflang` alternates. */
  alternates?: { lang: string; url: string }[];
  /** The page for readers of any other language (`x-default`): the English one. */
  defaultUrl?: string;
}

/**
 * The head tags of a pre-rendered page: title and description, and the Open Graph and Twitter
 * card tags that make a pasted link show the year's map.
 */
export function PageHead({ title, description, url, image, imageAlt, alternates = [], defaultUrl }: PageMeta) {
  const absolute = /^https?:/.test(url);
  return (
    <>
      <title>{title}</title>
      <meta name="description" content={description} />
      {absolute && <link rel="canonical" href={url} />}
      {alternates.map((a) => (
        <link key={a.lang} rel="alternate" hrefLang={a.lang} href={a.url} />
      ))}
      {defaultUrl !== undefined && <link rel="alternate" hrefLang="x-default" href={defaultUrl} />}
      <meta property="og:type" content="website" />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={url} />
      <meta property="og:image" content={image} />
      <meta property="og:image:width" content="1200" />
      <meta property="og:image:height" content="630" />
      <meta property="og:image:alt" content={imageAlt} />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
      <meta name="twitter:image" content={image} />
      <meta name="twitter:image:alt" content={imageAlt} />
    </>
  );
}
