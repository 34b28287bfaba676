package com.lepton.caselibrary.inference;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One engine tensor copied into the Java heap as its raw bytes, with its type, shape and name, so that it can be
 * created again bit for bit: unlike {@link TensorData} no value passes through a double and every type keeps its
 * own (UINT8, INT8 and BOOLEAN included). The bytes are never handed out, so what is kept stays as it was copied.
 */
record HostTensor(String name, DataType type, Shape shape, byte[] bytes) {

    /** Copies the arrays out of the engine, or gives null when one has a type whose bytes are not its values. */
    static List<HostTensor> copyAll(NDList arrays) {
        if (arrays.stream().anyMatch(array -> !isCopyable(array.getDataType()))) {
            return null;
        }
        return arrays.stream().map(HostTensor::of).toList();
    }

    /** Creates the arrays again with {@code manager}, as the adapter made them. */
    static NDList toArrays(List<HostTensor> tensors, NDManager manager) {
        NDList arrays = new NDList(tensors.size());
        tensors.forEach(tensor -> arrays.add(tensor.toArray(manager)));
        return arrays;
    }

    private static HostTensor of(NDArray array) {
        ByteBuffer buffer = array.toByteBuffer();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return new HostTensor(array.getName(), array.getDataType(), array.getShape(), bytes);
    }

    private NDArray toArray(NDManager manager) {
        // A heap buffer: the engine copies it, so nothing it does to the array can reach the kept bytes.
        NDArray array = manager.create(ByteBuffer.wrap(bytes), shape, type);
        if (name != null) {
            array.setName(name);
        }
        return array;
    }

    /** Strings (and types the engine cannot describe) are not laid out as plain values. */
    private static boolean isCopyable(DataType type) {
        return type != DataType.STRING && type != DataType.UNKNOWN;
    }

    /** The same tensor, bit for bit. */
    @Override
    public boolean equals(Object other) {
        return other instanceof HostTensor that
                && Objects.equals(name, that.name)
                && type == that.type
                && shape.equals(that.shape)
                && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, shape, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "HostTensor[" + name + " " + type + " " + shape + "]";
    }
}
