package com.lepton.caselibrary.testkit;

import com.lepton.caselibrary.trainingkit.ParameterSet;
import com.lepton.caselibrary.trainingkit.SavedModelExport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * A real SavedModel for the toy plugin, one dense layer with fixed weights: softmax of
 * (x3 - x1, x1 - x3), so a rising window is "up". Built with TF Java as the plugins' trainers build theirs.
 */
final class ToyModel {

    private ToyModel() {}

    static void export(Path directory) throws IOException {
        ParameterSet parameters = new ParameterSet(List.of("kernel", "bias"), List.of(Shape.of(3, 2), Shape.of(2)));
        try (Graph graph = new Graph()) {
            Ops tf = Ops.create(graph);
            List<Variable<TFloat32>> variables = parameters.variables(tf);
            Placeholder<TFloat32> input =
                    tf.withName("readings").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 3)));
            Operand<TFloat32> probabilities = tf.withName("probabilities")
                    .nn
                    .softmax(tf.nn.biasAdd(tf.linalg.matMul(input, variables.get(0)), variables.get(1)));
            try (Session session = new Session(graph)) {
                parameters.assign(
                        tf, session, variables, List.of(new float[] {-1, 1, 0, 0, 1, -1}, new float[] {0, 0}));
                SavedModelExport.export(
                        session,
                        Signature.builder()
                                .key("serving_default")
                                .input("readings", input)
                                .output("probabilities", probabilities)
                                .build(),
                        directory);
            }
        }
    }
}
