# Exports the Mayo Clinic primary biliary cirrhosis visit data (pbcseq) of R's survival package
# (Debian r-cran-survival, LGPL (>= 2)) as one UTF-8 CSV file, one row per visit, for the Java trainer:
#   Rscript plugins/healthcare-disease-progression/data/export-pbcseq.R plugins/healthcare-disease-progression/data/pbcseq.csv
# Missing values are written as empty fields.
args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) > 0) args[1] else "pbcseq.csv"
pbcseq <- survival::pbcseq
pbcseq <- pbcseq[order(pbcseq$id, pbcseq$day), ]
write.csv(pbcseq, out, row.names = FALSE, na = "", fileEncoding = "UTF-8")
cat("wrote", nrow(pbcseq), "visits of", length(unique(pbcseq$id)), "patients to", out,
    "(survival", as.character(packageVersion("survival")), ")\n")
