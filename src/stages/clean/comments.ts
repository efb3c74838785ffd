import type { Block } from './layout';
import { isDateLine } from './dates';
import { lineKey, VOCAB } from './vocabulary';

/**
 * The block that opens a page's reader-comments section ("Comments (3)",
 * "Join the conversation"), or -1. Readers' posts are no part of the story, and
 * their sentences would otherwise count as story prose and pull the story's end
 * down to the last comment. A header alone is not enough (a story may have a
 * sub-head "Comments"): a later line must carry a comment's signature: a
 * relative time ("2 hours ago"), a "Reply" / "Like (12)" control, a "Read more
 * comments" link, or a post signed by a user name with an underscore or
 * trailing digits ("northern_voice: ..."; boilerplate.json commentsHeaders),
 * or the header must open a thread of posts signed "Name wrote:" (below).
 */
export function commentSectionStart(source: string, blocks: readonly Block[]): number {
  for (const block of blocks) {
    const head = block.lines[0]!;
    if (!VOCAB.commentsHeader.test(lineKey(source.slice(head.start, head.end)))) continue;
    const signed = blocks.slice(block.index).some((b) => b.lines.some((l) => VOCAB.commentSignature.test(lineKey(source.slice(l.start, l.end)))));
    if (signed || opensSignedThread(source, blocks, block.index)) return block.index;
  }
  return -1;
}

/**
 * "3 Comments" / "Walter K. says:" / "March 4, 2025 at 9:12 am" / ...: readers' posts signed with a name and
 * "wrote:" / "says:". Story prose signs its sources the same way ("The letter says:", "Hayden says: ..."), and a
 * comment count or a "Have your say" sub-head may stand above the story, so the signature counts only on the line
 * right under the header (nothing of the story between them) and only when a second signed post, or a post's
 * furniture (a date line, a "Reply" control), follows it.
 */
function opensSignedThread(source: string, blocks: readonly Block[], header: number): boolean {
  const head = blocks[header]!;
  const first = head.lines[1] ?? blocks[header + 1]?.lines[0];
  // the line under the header is read first: only a signed one sends the search further down the page
  if (!first || !VOCAB.commentSignedPost.test(source.slice(first.start, first.end).trim())) return false;
  const after = blocks.slice(header).flatMap((b) => b.lines).filter((l) => l.start > first.start);
  return after.some((l) => {
    const text = source.slice(l.start, l.end).trim();
    return VOCAB.commentSignedPost.test(text) || isDateLine(text) || VOCAB.commentSignature.test(lineKey(text));
  });
}
