import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.tensorflow.engine.javacpp.JavacppUtils;
import ai.djl.util.Pair;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.RewriterConfig;

/**
 * What TensorFlow's graph optimiser (Grappler) costs and gives on the bundled models, with the portal's thread
 * settings: from the repository root, after {@code ./mvnw -DskipTests package},
 * <pre>
 * TF_OVERRIDE_GLOBAL_THREADPOOL=true TF_CPP_MIN_LOG_LEVEL=1 java --enable-native-access=ALL-UNNAMED \
 *   -Dai.djl.tensorflow.num_interop_threads=1 -Dai.djl.tensorflow.num_intraop_threads=2 \
 *   -cp 'app/target/lepton/lib/*' app/bench/GraphOptimizerBench.java [ROUNDS]
 * </pre>
 * For every SavedModel under {@code plugins/}, ROUNDS times (default 2) with the optimiser on and off in turn:
 * the load, the first forward pass, the mean forward pass of batch 1 and of batch 32 after it. Prints one markdown
 * table of means. The inputs are made up (0..6 by position; token ids where the input's name says tokens): this
 * times the graphs, it does not score them.
 */
public class GraphOptimizerBench {

    record Times(double loadS, double firstS, double batch1Ms, double batch32Ms) {}

    public static void main(String[] args) throws Exception {
        System.setProperty("ai.djl.offline", "true");
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        ai.djl.engine.Engine.getEngine("TensorFlow");
        List<Path> models;
        try (Stream<Path> found = Files.find(Path.of("plugins"), 8, (p, a) -> p.endsWith("saved_model.pb")
                && p.toString().contains("src/main/resources"))) {
            models = found.map(Path::getParent).sorted().toList();
        }
        System.out.println("| model | optimiser | load s | first pass s | batch 1 ms | batch 32 ms |");
        System.out.println("|---|---|---:|---:|---:|---:|");
        for (Path model : models) {
            double[][] sum = new double[2][4];
            for (int r = 0; r < rounds; r++) {
                // On and off in turn, so that drift on a shared machine falls on both alike.
                for (int mode = 0; mode < 2; mode++) {
                    Times t = time(model, mode == 0);
                    sum[mode][0] += t.loadS();
                    sum[mode][1] += t.firstS();
                    sum[mode][2] += t.batch1Ms();
                    sum[mode][3] += t.batch32Ms();
                }
            }
            for (int mode = 0; mode < 2; mode++) {
                System.out.printf("| %s | %s | %.2f | %.2f | %.3f | %.3f |%n", model.getFileName(),
                        mode == 0 ? "on" : "off", sum[mode][0] / rounds, sum[mode][1] / rounds,
                        sum[mode][2] / rounds, sum[mode][3] / rounds);
            }
        }
    }

    static Times time(Path dir, boolean optimiser) throws Exception {
        var criteria = Criteria.builder().setTypes(NDList.class, NDList.class).optModelPath(dir).optEngine("TensorFlow");
        if (!optimiser) {
            ConfigProto base = JavacppUtils.getSessionConfig();
            ConfigProto off = base.toBuilder().setGraphOptions(base.getGraphOptions().toBuilder()
                    .setRewriteOptions(RewriterConfig.newBuilder().setDisableMetaOptimizer(true))).build();
            criteria.optOption("ConfigProto", Base64.getEncoder().encodeToString(off.toByteArray()));
        }
        long t0 = System.nanoTime();
        try (ZooModel<NDList, NDList> model = criteria.build().loadModel();
                Predictor<NDList, NDList> predictor = model.newPredictor();
                NDManager nd = NDManager.newBaseManager()) {
            long t1 = System.nanoTime();
            predictor.predict(inputs(model, nd, 1));
            long t2 = System.nanoTime();
            return new Times((t1 - t0) / 1e9, (t2 - t1) / 1e9, meanMs(predictor, inputs(model, nd, 1), 200),
                    meanMs(predictor, inputs(model, nd, 32), 40));
        }
    }

    static NDList inputs(ZooModel<NDList, NDList> model, NDManager nd, int batch) {
        NDList in = new NDList();
        for (Pair<String, Shape> declared : model.describeInput()) {
            long[] dims = declared.getValue().getShape().clone();
            dims[0] = batch;
            for (int i = 1; i < dims.length; i++) {
                dims[i] = Math.max(1, dims[i]);
            }
            DataType type = declared.getKey().toLowerCase().contains("token") ? DataType.INT32 : DataType.FLOAT32;
            NDArray values = nd.arange(0, (int) new Shape(dims).size()).reshape(new Shape(dims)).mod(7);
            in.add(values.toType(type, false));
        }
        return in;
    }

    static double meanMs(Predictor<NDList, NDList> predictor, NDList input, int runs) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            predictor.predict(input);
        }
        return (System.nanoTime() - start) / 1e6 / runs;
    }
}
