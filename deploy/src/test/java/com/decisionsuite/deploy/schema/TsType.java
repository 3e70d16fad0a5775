package com.decisionsuite.deploy.schema;

import java.util.List;
import java.util.Map;

/** The part of TypeScript's type language that generated model declarations use. */
sealed interface TsType {

    /** {@code string}, {@code number}, {@code boolean} or {@code any}. */
    record Primitive(String name) implements TsType {
    }

    /** A string or number literal, as in {@code "static" | "currentReplicas"}. */
    record Literal(Object value) implements TsType {
    }

    record ArrayOf(TsType element) implements TsType {
    }

    /** {@code { [key: string]: T }}. */
    record MapOf(TsType value) implements TsType {
    }

    record Union(List<TsType> options) implements TsType {
    }

    /** A named declaration, resolved when a value is checked. */
    record Reference(String name) implements TsType {
    }

    /** An object with exactly these properties; any other property is an unknown field. */
    record ObjectType(Map<String, Property> properties) implements TsType {
    }

    record Property(TsType type, boolean optional) {
    }
}
