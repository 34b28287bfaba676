package com.lepton.caselibrary.api;

import java.util.ArrayList;
import java.util.List;

/**
 * A batch of short posts (reviews, social-media posts) pasted one per line, oldest first, for a
 * demo that sums them up as a {@link DemoResult.RiskSignal}. The host splits the pasted text with
 * {@link #split} and runs each post through the case's adapter as a {@link DemoInput.Text}.
 *
 * @param posts the posts in the order given, none blank
 * @since 1.3.0
 */
public record PostBatch(List<String> posts) {

    /** Most posts in one batch. */
    public static final int MAX_POSTS = 200;
    /** Most characters in one post. */
    public static final int MAX_POST_CHARS = 2_000;
    /** Most characters in the whole pasted batch. */
    public static final int MAX_TOTAL_CHARS = 50_000;

    public PostBatch {
        posts = List.copyOf(posts);
    }

    /**
     * Splits pasted text into posts, one per non-blank line.
     *
     * @throws InvalidInputException naming the limit, in both languages, when the batch is empty,
     *     longer than {@value #MAX_TOTAL_CHARS} characters, has more than {@value #MAX_POSTS} posts or
     *     a post longer than {@value #MAX_POST_CHARS} characters
     */
    public static PostBatch split(String pasted) throws InvalidInputException {
        if (pasted.length() > MAX_TOTAL_CHARS) {
            throw new InvalidInputException(LocalizedText.of(
                    "这批帖子共 %,d 个字符，超过上限 %,d 个字符。请分批检查。".formatted(pasted.length(), MAX_TOTAL_CHARS),
                    "The batch has %,d characters, more than the limit of %,d. Check it in smaller batches."
                            .formatted(pasted.length(), MAX_TOTAL_CHARS)));
        }
        List<String> posts = new ArrayList<>();
        for (String line : pasted.split("\\R")) {
            String post = line.strip();
            if (!post.isEmpty()) {
                posts.add(post);
            }
        }
        if (posts.isEmpty()) {
            throw new InvalidInputException(LocalizedText.of(
                    "这批帖子是空的。请每行粘贴一条评论或帖子，按时间先后排列。",
                    "The batch is empty. Paste one review or post per line, oldest first."));
        }
        if (posts.size() > MAX_POSTS) {
            throw new InvalidInputException(LocalizedText.of(
                    "这批有 %d 条帖子，超过上限 %d 条。请分批检查。".formatted(posts.size(), MAX_POSTS),
                    "The batch has %d posts, more than the limit of %d. Check it in smaller batches."
                            .formatted(posts.size(), MAX_POSTS)));
        }
        for (int i = 0; i < posts.size(); i++) {
            if (posts.get(i).length() > MAX_POST_CHARS) {
                throw new InvalidInputException(LocalizedText.of(
                        "第 %d 条帖子有 %,d 个字符，超过每条上限 %,d 个字符。"
                                .formatted(i + 1, posts.get(i).length(), MAX_POST_CHARS),
                        "Post %d has %,d characters, more than the limit of %,d per post."
                                .formatted(i + 1, posts.get(i).length(), MAX_POST_CHARS)));
            }
        }
        return new PostBatch(posts);
    }
}
