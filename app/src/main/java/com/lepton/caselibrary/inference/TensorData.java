package com.lepton.caselibrary.inference;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One tensor as the Open Inference Protocol (KServe v2) carries it: a name, a datatype, a shape
 * and the values flattened in row-major order. Doubles hold every supported type exactly
 * (FP32, FP64, INT32, and INT64 up to 2^53, enough for token ids).
 *
 * @param name     the tensor's name in the model's signature
 * @param datatype {@code FP32}, {@code FP64}, {@code INT32} or {@code INT64}
 * @param shape    the dimensions
 * @param data     the values, row-major
 */
public record TensorData(String name, String datatype, long[] shape, double[] data) {

    public TensorData {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(datatype, "datatype");
        shape = shape.clone();
        data = data.clone();
        if (Arrays.stream(shape).anyMatch(d -> d < 0) || elements(shape) != data.length) {
            throw new IllegalArgumentException(
                    "tensor " + name + " has shape " + Arrays.toString(shape) + " but " + data.length + " values");
        }
        if (!isSupported(datatype)) {
            throw new IllegalArgumentException(
                    "tensor " + name + ": datatype " + datatype + " is not supported (FP32, FP64, INT32, INT64)");
        }
    }

    /** The number of values a shape holds, or -1 when it is larger than any array can be. */
    public static long elements(long[] shape) {
        long product = 1;
        for (long dimension : shape) {
            if (dimension < 0 || (dimension != 0 && product > Integer.MAX_VALUE / dimension)) {
                return -1;
            }
            product *= dimension;
        }
        return product;
    }

    public static boolean isSupported(String datatype) {
        if (datatype == null) {
            return false;
        }
        return switch (datatype) {
            case "FP32", "FP64", "INT32", "INT64" -> true;
            default -> false;
        };
    }

    /** Copies an engine tensor out, so it outlives the engine's memory. */
    public static TensorData of(String name, NDArray array) {
        DataType type = array.getDataType();
        double[] values = switch (type) {
            case FLOAT32, FLOAT16 -> toDoubles(array.toFloatArray());
            case FLOAT64 -> array.toDoubleArray();
            case INT32 -> Arrays.stream(array.toIntArray()).asDoubleStream().toArray();
            case INT64 -> Arrays.stream(array.toLongArray()).asDoubleStream().toArray();
            default -> throw new IllegalArgumentException("output " + name + " has unsupported type " + type);
        };
        return new TensorData(name, protocolType(type), array.getShape().getShape(), values);
    }

    /** The protocol's name for an engine type. */
    public static String protocolType(DataType type) {
        return switch (type) {
            case FLOAT32, FLOAT16 -> "FP32";
            case FLOAT64 -> "FP64";
            case INT32 -> "INT32";
            case INT64 -> "INT64";
            default -> type.name();
        };
    }

    /** Creates the engine tensor. */
    public NDArray toArray(NDManager manager) {
        Shape dims = new Shape(shape);
        NDArray array = switch (datatype) {
            case "FP32" -> {
                float[] values = new float[data.length];
                for (int i = 0; i < values.length; i++) {
                    values[i] = (float) data[i];
                }
                yield manager.create(values, dims);
            }
            case "FP64" -> manager.create(data, dims);
            case "INT32" ->
                manager.create(Arrays.stream(data).mapToInt(v -> (int) v).toArray(), dims);
            case "INT64" ->
                manager.create(Arrays.stream(data).mapToLong(v -> (long) v).toArray(), dims);
            default -> throw new IllegalStateException(datatype);
        };
        array.setName(name);
        return array;
    }

    /** The tensor without its first (batch) dimension, example {@code index}. */
    public TensorData example(int index) {
        if (shape.length == 0) {
            throw new IllegalArgumentException("tensor " + name + " has no batch dimension");
        }
        int per = Math.toIntExact(data.length / Math.max(1, shape[0]));
        return new TensorData(
                name,
                datatype,
                Arrays.copyOfRange(shape, 1, shape.length),
                Arrays.copyOfRange(data, index * per, (index + 1) * per));
    }

    /** Stacks examples of one tensor along a new first (batch) dimension. */
    public static TensorData stack(List<TensorData> examples) {
        TensorData first = examples.get(0);
        long[] shape = new long[first.shape.length + 1];
        shape[0] = examples.size();
        System.arraycopy(first.shape, 0, shape, 1, first.shape.length);
        double[] data = new double[first.data.length * examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            TensorData example = examples.get(i);
            if (!Arrays.equals(example.shape, first.shape)) {
                throw new IllegalArgumentException("examples of " + first.name + " differ in shape");
            }
            System.arraycopy(example.data, 0, data, i * first.data.length, first.data.length);
        }
        return new TensorData(first.name, first.datatype, shape, data);
    }

    private static double[] toDoubles(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TensorData that
                && name.equals(that.name)
                && datatype.equals(that.datatype)
                && Arrays.equals(shape, that.shape)
                && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, datatype, Arrays.hashCode(shape), Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "TensorData[" + name + " " + datatype + " " + Arrays.toString(shape) + "]";
    }
}
