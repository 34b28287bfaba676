package com.lepton.caselibrary.serving;

import com.lepton.caselibrary.serving.InferRequestReader.Malformed;
import java.util.Arrays;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Values of one tensor, in a primitive array that grows up to the declared count and no further. */
final class BoundedValues {

    private final long limit;
    private double[] data;
    private int size;

    BoundedValues(long limit) {
        this.limit = limit;
        this.data = new double[(int) Math.min(limit, 1024)];
    }

    boolean add(double value) {
        if (size >= limit) {
            return false;
        }
        if (size == data.length) {
            data = Arrays.copyOf(data, (int) Math.min(limit, 2L * data.length));
        }
        data[size++] = value;
        return true;
    }

    int size() {
        return size;
    }

    double[] toArray() {
        return size == data.length ? data : Arrays.copyOf(data, size);
    }

    /** Reads a (nested) array of numbers from the parser's current token, refusing what the limit or type forbids. */
    void collect(JsonParser parser, String name) throws Malformed {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_ARRAY) {
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                collect(parser, name);
            }
        } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            double value = parser.getDoubleValue();
            if (!Double.isFinite(value)) {
                throw new Malformed("input " + name + ": " + parser.getString() + " is not a finite number");
            }
            if (!add(value)) {
                throw new Malformed("input " + name + " has more values than its shape declares (" + limit + ")");
            }
        } else {
            throw new Malformed("input " + name + ": data must hold numbers, found " + token);
        }
    }
}
