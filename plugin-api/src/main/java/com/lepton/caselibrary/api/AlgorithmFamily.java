package com.lepton.caselibrary.api;

/** The neural-network family a case's model belongs to. */
public enum AlgorithmFamily {
    /** Convolutional neural network, for images and other grids. */
    CNN,
    /** Recurrent neural network, for sequences. */
    RNN,
    /** Long short-term memory network, an RNN for long sequences. */
    LSTM,
    /** Plain fully connected network, for tables. */
    MLP
}
