package com.lepton.caselibrary.inference;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import com.lepton.caselibrary.api.DataAdapter;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.InvalidInputException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tensors a plugin's adapter makes of one shipped sample, kept in host memory by the first run so that later
 * runs feed them to the model instead of tokenising, resizing or normalising the same input again. Made for one
 * adapter: a model served with any other adapter runs its own and keeps nothing here. It holds plain bytes and the
 * adapter its owner holds anyway (the plugin's cached sample), so it leaves with that owner.
 */
public final class SampleTensors {

    private static final Logger log = LoggerFactory.getLogger(SampleTensors.class);
    /** Kept in place of tensors that cannot be copied out (strings), so no later run tries again. */
    private static final List<HostTensor> NOT_COPYABLE = List.of();

    private final DataAdapter adapter;
    /** Null until a run of the sample has made them. */
    private volatile List<HostTensor> kept;

    /** An empty slot for the tensors {@code adapter} makes of one sample. */
    public SampleTensors(DataAdapter adapter) {
        this.adapter = adapter;
    }

    /** Whether a run has kept the tensors, so later runs skip the adapter. */
    public boolean isKept() {
        List<HostTensor> tensors = kept;
        return tensors != null && tensors != NOT_COPYABLE;
    }

    /** Whether the kept tensors are {@code tensors} bit for bit, with their types, shapes and names (tests). */
    public boolean holds(NDList tensors) {
        return isKept() && kept.equals(HostTensor.copyAll(tensors));
    }

    /**
     * The example's tensors for a model served with {@code served}: the kept ones when it is this adapter and a run
     * made them before, else made by {@code served} from {@code input} now (and kept, when it is this adapter). A
     * refusal of the input is thrown as the adapter throws it and keeps nothing, so every run is refused alike.
     */
    NDList tensors(DataAdapter served, NDManager manager, DemoInput input) throws InvalidInputException {
        List<HostTensor> tensors = kept;
        if (served != adapter) {
            return served.toTensors(manager, input);
        }
        if (tensors != null && tensors != NOT_COPYABLE) {
            return HostTensor.toArrays(tensors, manager);
        }
        NDList made = adapter.toTensors(manager, input);
        if (tensors == null) {
            kept = copy(made);
        }
        return made;
    }

    /** Runs that start together may each copy once; the copies are equal, so whichever is kept last is right. */
    private static List<HostTensor> copy(NDList made) {
        try {
            List<HostTensor> copied = HostTensor.copyAll(made);
            return copied == null ? NOT_COPYABLE : copied;
        } catch (RuntimeException e) {
            // Keeping is only a shortcut: this run goes on with the adapter's tensors, later ones do as before.
            log.warn("Tensors of a shipped sample cannot be kept: {}", e.toString());
            return NOT_COPYABLE;
        }
    }
}
