import type { Block } from './layout';
import { lineKey, VOCAB } from './vocabulary';

/**
 * The block that opens a page's reader-comments section ("Comments (3)",
 * "Join the conversation"), or -1. Readers' posts are no part of the story, and
 * their sentences would otherwise count as story prose and pull the story's end
 * down to the last comment. A header alone is not enough (a story may have a
 * sub-head "Comments"): a later line must carry a comment's signature: a
 * relative time ("2 hours ago"), a "Reply" / "Like (12)" control, a "Read more
 * comments" link, or a post signed by a user name with an underscore or
 * trailing digits ("northern_voice: ..."; boilerplate.json commentsHeaders).
 */
export function commentSectionStart(source: string, blocks: readonly Block[]): number {
  for (const block of blocks) {
    const head = block.lines[0]!;
    if (!VOCAB.commentsHeader.test(lineKey(source.slice(head.start, head.end)))) continue;
    const signed = blocks.slice(block.index).some((b) => b.lines.some((l) => VOCAB.commentSignature.test(lineKey(source.slice(l.start, l.end)))));
    if (signed) return block.index;
  }
  return -1;
}
