package com.lepton.caselibrary.trainingkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TFloat32;

/**
 * The trainable float parameters of a raw-ops TensorFlow graph, by name and shape in graph order.
 * Variables are created without initializers and filled by {@link #assign} through fed
 * placeholders, so trained values are stored once (in a SavedModel's {@code variables/}) and
 * never as graph constants; {@link #snapshot} reads them back.
 *
 * @param names  variable (op) names, in graph order
 * @param shapes their shapes, same order
 */
public record ParameterSet(List<String> names, List<Shape> shapes) {

    public ParameterSet {
        names = List.copyOf(names);
        shapes = List.copyOf(shapes);
        if (names.size() != shapes.size()) {
            throw new IllegalArgumentException(names.size() + " names for " + shapes.size() + " shapes");
        }
    }

    /** How many parameters. */
    public int size() {
        return names.size();
    }

    /** The total number of trainable values. */
    public long valueCount() {
        return shapes.stream().mapToLong(Shape::size).sum();
    }

    /** Creates the parameter variables, named after {@link #names}, without initializers. */
    public List<Variable<TFloat32>> variables(Ops tf) {
        List<Variable<TFloat32>> variables = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            variables.add(tf.withName(names.get(i)).variable(shapes.get(i), TFloat32.class));
        }
        return variables;
    }

    /**
     * Writes {@code values} (row-major, one array per parameter) into {@code variables} in one run,
     * through placeholders {@code assign_value_i} and ops {@code assign_i}. The first run of a
     * session also runs the initializers registered in its graph (e.g. Adam's slots).
     */
    public void assign(Ops tf, Session session, List<Variable<TFloat32>> variables, List<float[]> values) {
        if (variables.size() != size() || values.size() != size()) {
            throw new IllegalArgumentException(
                    "expected " + size() + " variables and values, got " + variables.size() + " and " + values.size());
        }
        Session.Runner runner = session.runner();
        List<TFloat32> tensors = new ArrayList<>();
        try {
            for (int i = 0; i < size(); i++) {
                Placeholder<TFloat32> value = tf.withName("assign_value_" + i).placeholder(TFloat32.class);
                TFloat32 tensor = TFloat32.tensorOf(shapes.get(i), DataBuffers.of(values.get(i), true, false));
                tensors.add(tensor);
                runner.feed(value, tensor).addTarget(tf.withName("assign_" + i).assign(variables.get(i), value));
            }
            runner.run().close();
        } finally {
            tensors.forEach(TFloat32::close);
        }
    }

    /** A copy of the current values of {@code variables}, in {@link #names} order. */
    public List<float[]> snapshot(Session session, List<Variable<TFloat32>> variables) {
        Session.Runner runner = session.runner();
        variables.forEach(runner::fetch);
        return values(runner);
    }

    private List<float[]> values(Session.Runner runner) {
        List<float[]> values = new ArrayList<>(size());
        try (Result result = runner.run()) {
            for (int i = 0; i < size(); i++) {
                float[] value = new float[(int) shapes.get(i).size()];
                ((TFloat32) result.get(i)).copyTo(DataBuffers.of(value, false, false));
                values.add(value);
            }
        }
        return values;
    }

    /** The values of these parameters in a SavedModel (tag {@code serve}), e.g. a shipped model to fine-tune. */
    public List<float[]> read(Path savedModel) {
        try (SavedModelBundle bundle = SavedModelBundle.load(savedModel.toString(), "serve")) {
            Session.Runner runner = bundle.session().runner();
            names.forEach(runner::fetch);
            return values(runner);
        }
    }

    /** A session on at most {@code threads} CPU threads (0: TensorFlow's default), the host's CPU budget. */
    public static Session session(Graph graph, int threads) {
        if (threads <= 0) {
            return new Session(graph);
        }
        return new Session(
                graph,
                ConfigProto.newBuilder()
                        .setIntraOpParallelismThreads(threads)
                        .setInterOpParallelismThreads(threads)
                        // Threads of its own, made now by the caller: the host runs a job on a lowest-priority
                        // thread so that the job's threads stay behind visitors' demos.
                        .setUsePerSessionThreads(true)
                        .build());
    }
}
