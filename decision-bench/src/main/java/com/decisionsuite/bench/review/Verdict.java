package com.decisionsuite.bench.review;

/**
 * A reviewer's answer as the reviewer API names it.
 */
public enum Verdict {
    CONFIRM,
    CORRECT,
    REJECT_ALL
}
