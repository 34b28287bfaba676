package com.lepton.caselibrary.rest;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a number that is exactly a 32-bit float with that float's shortest digits. The models compute in float32,
 * and a float widened to a double printed as a double carries digits that were never computed: a sensor reading of
 * 27.77 came out as {@code 27.770000457763672}. Read back as a float, the short form is the same value; numbers
 * computed in double (a forecast band, the line-anomaly error map) keep every digit.
 */
final class FloatDigits extends SimpleModule {

    FloatDigits() {
        super("float-digits");
        addSerializer(Double.class, new Number());
        addSerializer(double.class, new Number());
        addSerializer(double[].class, new Array());
    }

    static void write(double value, JsonGenerator json) {
        float narrow = (float) value;
        if (narrow == value) {
            json.writeNumber(narrow);
        } else {
            json.writeNumber(value);
        }
    }

    private static final class Number extends StdSerializer<Double> {
        Number() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator json, SerializationContext context) {
            write(value, json);
        }
    }

    private static final class Array extends StdSerializer<double[]> {
        Array() {
            super(double[].class);
        }

        @Override
        public void serialize(double[] values, JsonGenerator json, SerializationContext context) {
            json.writeStartArray(values, values.length);
            for (double value : values) {
                write(value, json);
            }
            json.writeEndArray();
        }
    }
}
