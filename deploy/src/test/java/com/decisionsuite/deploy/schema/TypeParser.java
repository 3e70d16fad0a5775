package com.decisionsuite.deploy.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Recursive-descent parser of a TypeScript type expression or object body, from a position in a text. */
final class TypeParser {

    private static final Set<String> PRIMITIVES = Set.of("string", "number", "boolean", "any", "unknown");

    private final String text;

    private int position;

    TypeParser(String text, int position) {
        this.text = text;
        this.position = position;
    }

    int position() {
        return this.position;
    }

    TsType type() {
        List<TsType> options = new ArrayList<>();
        skipSpace();
        if (peek() == '|') {
            this.position++;
        }
        options.add(postfix());
        while (skipSpace() && peek() == '|') {
            this.position++;
            options.add(postfix());
        }
        return options.size() == 1 ? options.get(0) : new TsType.Union(List.copyOf(options));
    }

    /** The members after an opening brace, up to and including the closing one. */
    TsType objectBody() {
        Map<String, TsType.Property> properties = new LinkedHashMap<>();
        TsType index = null;
        while (skipSpace() && peek() != '}') {
            if (peek() == '[') {
                this.position = this.text.indexOf(']', this.position) + 1;
                expect(':');
                index = type();
            }
            else {
                String name = peek() == '"' ? quoted() : identifier();
                skipSpace();
                boolean optional = peek() == '?';
                if (optional) {
                    this.position++;
                }
                expect(':');
                properties.put(name, new TsType.Property(type(), optional));
            }
            skipSpace();
            if (peek() == ';' || peek() == ',') {
                this.position++;
            }
        }
        this.position++;
        return properties.isEmpty() && index != null ? new TsType.MapOf(index) : new TsType.ObjectType(properties);
    }

    private TsType postfix() {
        TsType type = primary();
        while (skipSpace() && this.text.startsWith("[]", this.position)) {
            this.position += 2;
            type = new TsType.ArrayOf(type);
        }
        return type;
    }

    private TsType primary() {
        skipSpace();
        char next = peek();
        if (next == '{') {
            this.position++;
            return objectBody();
        }
        if (next == '(') {
            this.position++;
            TsType inner = type();
            expect(')');
            return inner;
        }
        if (next == '"') {
            return new TsType.Literal(quoted());
        }
        if (Character.isDigit(next) || next == '-') {
            int start = this.position++;
            while (Character.isDigit(peek()) || peek() == '.') {
                this.position++;
            }
            return new TsType.Literal(Double.valueOf(this.text.substring(start, this.position)));
        }
        String name = identifier();
        if (name.equals("Array")) {
            expect('<');
            TsType element = type();
            expect('>');
            return new TsType.ArrayOf(element);
        }
        return PRIMITIVES.contains(name) ? new TsType.Primitive(name) : new TsType.Reference(name);
    }

    private String identifier() {
        skipSpace();
        int start = this.position;
        while (Character.isJavaIdentifierPart(peek())) {
            this.position++;
        }
        if (start == this.position) {
            throw new IllegalArgumentException("identifier expected at " + context());
        }
        return this.text.substring(start, this.position);
    }

    private String quoted() {
        int end = this.text.indexOf('"', this.position + 1);
        String value = this.text.substring(this.position + 1, end);
        this.position = end + 1;
        return value;
    }

    private void expect(char wanted) {
        skipSpace();
        if (peek() != wanted) {
            throw new IllegalArgumentException("'" + wanted + "' expected at " + context());
        }
        this.position++;
    }

    private boolean skipSpace() {
        while (this.position < this.text.length() && Character.isWhitespace(this.text.charAt(this.position))) {
            this.position++;
        }
        return true;
    }

    private char peek() {
        return this.position < this.text.length() ? this.text.charAt(this.position) : '\0';
    }

    private String context() {
        return "'" + this.text.substring(this.position, Math.min(this.text.length(), this.position + 40)) + "'";
    }
}
