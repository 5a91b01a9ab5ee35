import { Fragment } from 'preact';

/**
 * An address that wraps only where a person would: after a `/`, before an `@`. Each piece between
 * those points never wraps (not even at a hyphen), so a word is never cut; each page's CSS gives `.address-part` `white-space: nowrap`.
 */
export function Address({ text }: { text: string }) {
  const parts = text.split(/(?<=\/)(?!\/)|(?=@)/);
  return (
    <span class="address">
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 ? <wbr /> : null}
          <span class="address-part">{part}</span>
        </Fragment>
      ))}
    </span>
  );
}
