package com.lepton.caselibrary.trainingkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Recurrent layers from raw TensorFlow ops (every op used has a gradient in TF Java), unrolled
 * over the steps given, with an optional mask per step so padded steps leave the state as it was.
 * <pre>
 * LSTM:  i = σ(x W_i + h U_i + b_i)   f = σ(x W_f + h U_f + b_f)   g = tanh(x W_g + h U_g + b_g)
 *        o = σ(x W_o + h U_o + b_o)   c = f ⊙ c + i ⊙ g              h = o ⊙ tanh(c)
 * Elman: h = tanh(x W + h U + b)
 * </pre>
 * Parameters, in order: LSTM per gate i, f, g, o its {@code W [features, hidden]},
 * {@code U [hidden, hidden]}, {@code b [hidden]}; Elman {@code W}, {@code U}, {@code b}.
 */
public final class RecurrentLayers {

    private static final String[] GATES = {"i", "f", "g", "o"};

    private RecurrentLayers() {}

    /** Parameter names of an LSTM layer, each starting with {@code prefix}. */
    public static List<String> lstmNames(String prefix) {
        List<String> names = new ArrayList<>();
        for (String gate : GATES) {
            names.add(prefix + "_kernel_" + gate);
            names.add(prefix + "_recurrent_" + gate);
            names.add(prefix + "_bias_" + gate);
        }
        return names;
    }

    /** Parameter shapes of an LSTM layer, in {@link #lstmNames} order. */
    public static List<Shape> lstmShapes(int features, int hidden) {
        List<Shape> shapes = new ArrayList<>();
        for (int gate = 0; gate < GATES.length; gate++) {
            shapes.add(Shape.of(features, hidden));
            shapes.add(Shape.of(hidden, hidden));
            shapes.add(Shape.of(hidden));
        }
        return shapes;
    }

    /** Keras's LSTM start: Glorot-uniform kernels, orthogonal recurrent kernels, forget-gate bias 1, other biases 0. */
    public static List<float[]> lstmInitialValues(int features, int hidden, Random random) {
        List<float[]> values = new ArrayList<>();
        for (String gate : GATES) {
            values.add(Initializers.glorotUniform(Shape.of(features, hidden), random));
            values.add(Initializers.orthogonal(hidden, random));
            float[] bias = new float[hidden];
            if (gate.equals("f")) {
                Arrays.fill(bias, 1f);
            }
            values.add(bias);
        }
        return values;
    }

    /** Parameter names of an Elman layer. */
    public static List<String> elmanNames(String prefix) {
        return List.of(prefix + "_kernel", prefix + "_recurrent", prefix + "_bias");
    }

    /** Parameter shapes of an Elman layer. */
    public static List<Shape> elmanShapes(int features, int hidden) {
        return List.of(Shape.of(features, hidden), Shape.of(hidden, hidden), Shape.of(hidden));
    }

    /** Glorot-uniform kernel, orthogonal recurrent kernel, zero bias. */
    public static List<float[]> elmanInitialValues(int features, int hidden, Random random) {
        return List.of(
                Initializers.glorotUniform(Shape.of(features, hidden), random),
                Initializers.orthogonal(hidden, random),
                new float[hidden]);
    }

    /**
     * The LSTM's hidden state after the last step.
     *
     * @param steps one {@code [batch, features]} input per step
     * @param masks one {@code [batch, 1]} mask per step (1 = read the step, 0 = keep the state), or {@code null}
     * @param p     the 12 parameters in {@link #lstmNames} order
     */
    public static Operand<TFloat32> lstm(
            Ops tf,
            List<? extends Operand<TFloat32>> steps,
            List<? extends Operand<TFloat32>> masks,
            List<? extends Operand<TFloat32>> p) {
        return lstmStates(tf, steps, masks, p).getLast();
    }

    /**
     * The LSTM's hidden state after every step (a masked step repeats the state before it).
     *
     * @param steps  one {@code [batch, features]} input per step
     * @param masks  one {@code [batch, 1]} mask per step (1 = read the step, 0 = keep the state), or {@code null}
     * @param p      the 12 parameters in {@link #lstmNames} order
     */
    public static List<Operand<TFloat32>> lstmStates(
            Ops tf,
            List<? extends Operand<TFloat32>> steps,
            List<? extends Operand<TFloat32>> masks,
            List<? extends Operand<TFloat32>> p) {
        // The state starts at zero: the first step has no recurrent term (no zeros op on the gradient path).
        Operand<TFloat32> h = null;
        Operand<TFloat32> c = null;
        List<Operand<TFloat32>> states = new ArrayList<>(steps.size());
        for (int t = 0; t < steps.size(); t++) {
            Operand<TFloat32> x = steps.get(t);
            List<Operand<TFloat32>> pre = new ArrayList<>(GATES.length);
            for (int gate = 0; gate < GATES.length; gate++) {
                Operand<TFloat32> z = tf.linalg.matMul(x, p.get(3 * gate));
                if (h != null) {
                    z = tf.math.add(z, tf.linalg.matMul(h, p.get(3 * gate + 1)));
                }
                pre.add(tf.nn.biasAdd(z, p.get(3 * gate + 2)));
            }
            Operand<TFloat32> write = tf.math.mul(tf.math.sigmoid(pre.get(0)), tf.math.tanh(pre.get(2)));
            Operand<TFloat32> newC =
                    c == null ? write : tf.math.add(tf.math.mul(tf.math.sigmoid(pre.get(1)), c), write);
            Operand<TFloat32> newH = tf.math.mul(tf.math.sigmoid(pre.get(3)), tf.math.tanh(newC));
            c = masks == null ? newC : blend(tf, masks.get(t), newC, c);
            h = masks == null ? newH : blend(tf, masks.get(t), newH, h);
            states.add(h);
        }
        return states;
    }

    /**
     * The Elman layer's hidden state after every step, {@code [batch, hidden]} each.
     *
     * @param p the 3 parameters in {@link #elmanNames} order
     */
    public static List<Operand<TFloat32>> elman(
            Ops tf, List<? extends Operand<TFloat32>> steps, List<? extends Operand<TFloat32>> p) {
        Operand<TFloat32> h = null;
        List<Operand<TFloat32>> states = new ArrayList<>(steps.size());
        for (Operand<TFloat32> x : steps) {
            Operand<TFloat32> z = tf.linalg.matMul(x, p.get(0));
            if (h != null) {
                z = tf.math.add(z, tf.linalg.matMul(h, p.get(1)));
            }
            h = tf.math.tanh(tf.nn.biasAdd(z, p.get(2)));
            states.add(h);
        }
        return states;
    }

    /** {@code mask * fresh + (1 - mask) * kept}, with a missing {@code kept} meaning zeros. */
    private static Operand<TFloat32> blend(
            Ops tf, Operand<TFloat32> mask, Operand<TFloat32> fresh, Operand<TFloat32> kept) {
        if (kept == null) {
            return tf.math.mul(mask, fresh);
        }
        return tf.math.add(kept, tf.math.mul(mask, tf.math.sub(fresh, kept)));
    }
}
