package com.lepton.caselibrary.plugins.healthcare;

import java.util.Arrays;
import java.util.List;

/**
 * The dynamical ECG model of McSharry, Clifford, Tarassenko and Smith, "A dynamical model for
 * generating synthetic electrocardiogram signals", IEEE Transactions on Biomedical Engineering
 * 50(3), 2003, written for this project from the equations published in the paper (the reference
 * ECGSYN code is GPL and was not used):
 * <pre>
 *   dx/dt = alpha x - omega y
 *   dy/dt = alpha y + omega x
 *   dz/dt = - sum_i a_i dTheta_i exp(-dTheta_i^2 / (2 b_i^2)) - (z - z0(t))
 * </pre>
 * with {@code alpha = 1 - sqrt(x^2 + y^2)}, {@code theta = atan2(y, x)},
 * {@code dTheta_i = (theta - theta_i) mod 2 pi} taken in {@code [-pi, pi)}, and the respiratory
 * baseline wander {@code z0(t) = A sin(2 pi f t + phi)}. The point circles the unit circle once per
 * beat; each wave i of P, Q, R, S, T (plus an optional ST wave) is a Gaussian event at angle
 * {@code theta_i}; {@code z} is the ECG. It is integrated with the classical fourth-order
 * Runge-Kutta method at {@value #INTERNAL_RATE} Hz and every second value is kept (250 Hz).
 *
 * <p>Two choices of this implementation, documented because the paper leaves them open:
 * <ul>
 *   <li><b>Wave heights.</b> A Gaussian event moves {@code z} by about {@code a b^2 / omega} before
 *       the relaxation term pulls it back, so each wave is given by its height {@code h} in mV and
 *       {@code a = h omega / b^2}. That keeps heights independent of heart rate and width.</li>
 *   <li><b>Angular speed.</b> The paper sets {@code omega = 2 pi / RR} for the whole cycle. Here
 *       each beat has an active arc (from 3 widths before its first wave to 3 widths after its
 *       last), run at {@code 2 pi / RR_sinus}, and the diastolic arc between two beats runs at
 *       whatever speed makes the R-to-R time the planned interval. So a premature beat arrives
 *       early without squeezing the previous T wave, as in a real heart, where RR changes mostly
 *       shorten or lengthen diastole. If a planned interval is shorter than the two active arcs
 *       need, the diastole lasts {@value #MIN_DIASTOLE_S} s and the beat comes that much later.</li>
 * </ul>
 * The beat that owns the phase (whose speeds apply) changes each time {@code theta} passes
 * {@code pi}, mid-diastole; the waves of the beats before and after it are summed too, so beats
 * with different shapes join without a jump.
 */
final class EcgSyn {

    /** Integration rate. */
    static final double INTERNAL_RATE = 500;
    /** Output rate: every second integration step. */
    static final double OUTPUT_RATE = 250;
    /** The shortest diastole between two beats. */
    static final double MIN_DIASTOLE_S = 0.02;
    /** Events further than this many widths from the phase are skipped (their term is below 4e-6 of the peak). */
    private static final double CUTOFF_WIDTHS = 5;
    /** How far the active arc reaches beyond the first and last wave, in widths. */
    private static final double ARC_WIDTHS = 3;

    private EcgSyn() {}

    /**
     * One Gaussian event.
     *
     * @param theta  angle of the event on the circle, radians ({@code R} at 0)
     * @param width  the Gaussian's width {@code b}, radians
     * @param height the height of the wave in mV ({@code a = height * omega / width^2})
     */
    record Wave(double theta, double width, double height) {}

    /**
     * One beat: its waves, the sinus RR that sets the speed of its active arc, and the planned time
     * from the previous beat's R to its own.
     */
    record Beat(List<Wave> waves, double sinusRr, double interval) {

        Beat {
            waves = List.copyOf(waves);
        }

        double activeSpeed() {
            return 2 * Math.PI / sinusRr;
        }

        double arcStart() {
            double start = 0;
            for (Wave w : waves) {
                if (w.height() != 0) {
                    start = Math.min(start, w.theta() - ARC_WIDTHS * w.width());
                }
            }
            return Math.max(start, -Math.PI + 0.05);
        }

        double arcEnd() {
            double end = 0;
            for (Wave w : waves) {
                if (w.height() != 0) {
                    end = Math.max(end, w.theta() + ARC_WIDTHS * w.width());
                }
            }
            return Math.min(end, Math.PI - 0.05);
        }
    }

    /**
     * A simulated strip.
     *
     * @param z      the ECG at {@value #OUTPUT_RATE} Hz, mV; sample {@code n} is at time {@code n / 250} s
     * @param rTimes the time each beat's phase passed 0 (its R wave), seconds; NaN for beats not reached
     */
    record Strip(double[] z, double[] rTimes) {}

    /**
     * Integrates from the diastole before beat 0 until the R wave of the beat after
     * {@code centreBeat} has passed and at least {@code tail} seconds have passed since the R wave
     * of {@code centreBeat}.
     *
     * @param beats       the beats in order; the last one only shapes the diastole before it
     * @param wanderMv    amplitude {@code A} of {@code z0}
     * @param wanderHz    its frequency (breathing)
     * @param wanderPhase its phase
     */
    static Strip simulate(
            List<Beat> beats, double wanderMv, double wanderHz, double wanderPhase, int centreBeat, double tail) {
        int n = beats.size();
        if (centreBeat + 2 >= n) {
            throw new IllegalArgumentException("need two beats after beat " + centreBeat);
        }
        Model model = new Model(beats, wanderMv, wanderHz, wanderPhase);
        double dt = 1 / INTERNAL_RATE;
        double[] rTimes = new double[n];
        Arrays.fill(rTimes, Double.NaN);
        double[] out = new double[1024];
        int count = 0;

        double theta0 = -Math.PI + 1e-6;
        double[] s = {Math.cos(theta0), Math.sin(theta0), model.z0(0)};
        int beat = 0;
        long step = 0;
        double[] k1 = new double[3];
        double[] k2 = new double[3];
        double[] k3 = new double[3];
        double[] k4 = new double[3];
        double[] tmp = new double[3];
        long maxSteps = (long) (60 * INTERNAL_RATE);
        while (step < maxSteps) {
            double t = step * dt;
            if (step % 2 == 0) {
                if (count == out.length) {
                    out = Arrays.copyOf(out, count * 2);
                }
                out[count++] = s[2];
                if (!Double.isNaN(rTimes[centreBeat + 1]) && t >= rTimes[centreBeat] + tail) {
                    break;
                }
            }
            double thetaStart = Math.atan2(s[1], s[0]);
            model.derivative(t, s, beat, thetaStart, k1);
            axpy(s, k1, dt / 2, tmp);
            model.derivative(t + dt / 2, tmp, beat, thetaStart, k2);
            axpy(s, k2, dt / 2, tmp);
            model.derivative(t + dt / 2, tmp, beat, thetaStart, k3);
            axpy(s, k3, dt, tmp);
            model.derivative(t + dt, tmp, beat, thetaStart, k4);
            for (int i = 0; i < 3; i++) {
                s[i] += dt / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
            }
            double theta = Math.atan2(s[1], s[0]);
            if (thetaStart > Math.PI / 2 && theta < -Math.PI / 2) {
                beat++;
                if (beat >= n - 1) {
                    throw new IllegalStateException("simulation ran past the last beat");
                }
            } else if (thetaStart < 0 && theta >= 0 && Double.isNaN(rTimes[beat])) {
                // Linear interpolation of the zero crossing within the step.
                rTimes[beat] = t + dt * (-thetaStart) / (theta - thetaStart);
            }
            step++;
        }
        return new Strip(Arrays.copyOf(out, count), rTimes);
    }

    private static void axpy(double[] s, double[] k, double h, double[] into) {
        for (int i = 0; i < 3; i++) {
            into[i] = s[i] + h * k[i];
        }
    }

    /** The right-hand side, with the per-beat speeds and event constants precomputed. */
    private static final class Model {

        private final int n;
        private final double[][] angles;
        private final double[][] width;
        private final double[][] a;
        private final double[] arcStart;
        private final double[] arcEnd;
        private final double[] active;
        /** {@code diastole[k]}: angular speed of the diastole before beat k (after beat k - 1). */
        private final double[] diastole;

        private final double wanderMv;
        private final double wanderOmega;
        private final double wanderPhase;

        Model(List<Beat> beats, double wanderMv, double wanderHz, double wanderPhase) {
            n = beats.size();
            angles = new double[n][];
            width = new double[n][];
            a = new double[n][];
            arcStart = new double[n];
            arcEnd = new double[n];
            active = new double[n];
            diastole = new double[n + 1];
            for (int k = 0; k < n; k++) {
                Beat beat = beats.get(k);
                List<Wave> waves =
                        beat.waves().stream().filter(w -> w.height() != 0).toList();
                angles[k] = new double[waves.size()];
                width[k] = new double[waves.size()];
                a[k] = new double[waves.size()];
                active[k] = beat.activeSpeed();
                for (int i = 0; i < waves.size(); i++) {
                    Wave w = waves.get(i);
                    angles[k][i] = w.theta();
                    width[k][i] = w.width();
                    a[k][i] = w.height() * active[k] / (w.width() * w.width());
                }
                arcStart[k] = beat.arcStart();
                arcEnd[k] = beat.arcEnd();
            }
            for (int k = 0; k <= n; k++) {
                // The diastole between beat k - 1 and beat k; at the ends the missing neighbour is the beat itself.
                int before = Math.max(k - 1, 0);
                int after = Math.min(k, n - 1);
                double arc = (Math.PI - arcEnd[before]) + (arcStart[after] + Math.PI);
                double interval = beats.get(after).interval();
                double time = interval - arcEnd[before] / active[before] + arcStart[after] / active[after];
                diastole[k] = arc / Math.max(time, MIN_DIASTOLE_S);
            }
            this.wanderMv = wanderMv;
            this.wanderOmega = 2 * Math.PI * wanderHz;
            this.wanderPhase = wanderPhase;
        }

        double z0(double t) {
            return wanderMv * Math.sin(wanderOmega * t + wanderPhase);
        }

        void derivative(double t, double[] s, int beatAtStart, double thetaAtStart, double[] into) {
            double x = s[0];
            double y = s[1];
            double theta = Math.atan2(y, x);
            int k = beatAtStart;
            if (thetaAtStart > Math.PI / 2 && theta < -Math.PI / 2) {
                k++; // this stage has already passed pi: the next beat owns the phase
            }
            double omega;
            if (theta < arcStart[k]) {
                omega = diastole[k];
            } else if (theta > arcEnd[k]) {
                omega = diastole[k + 1];
            } else {
                omega = active[k];
            }
            double alpha = 1 - Math.sqrt(x * x + y * y);
            // The phase is continuous across beats: the waves of beat k sit at 2 pi k + theta_i. The
            // neighbours' waves are included, so a wide T wave runs on into the next cycle smoothly;
            // with identical beats this is the paper's "theta - theta_i mod 2 pi".
            double forcing = 0;
            for (int kk = Math.max(k - 1, 0); kk <= Math.min(k + 1, n - 1); kk++) {
                double offset = 2 * Math.PI * (kk - k);
                double[] th = angles[kk];
                double[] b = width[kk];
                double[] ak = a[kk];
                for (int i = 0; i < th.length; i++) {
                    double d = theta - th[i] - offset;
                    if (Math.abs(d) < CUTOFF_WIDTHS * b[i]) {
                        forcing += ak[i] * d * Math.exp(-d * d / (2 * b[i] * b[i]));
                    }
                }
            }
            into[0] = alpha * x - omega * y;
            into[1] = alpha * y + omega * x;
            into[2] = -forcing - (s[2] - z0(t));
        }
    }
}
