package com.decisionsuite.model;

/**
 * Whether a store lets the worker decide automatically or sends every task of a type to humans.
 */
public enum ReviewMode {
    AUTO,
    REVIEW_ALL
}
