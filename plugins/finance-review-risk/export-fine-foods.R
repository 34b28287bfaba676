# Exports the Amazon fine-food reviews of R's modeldata package (Debian r-cran-modeldata, MIT)
# as two UTF-8 CSV files (product, review, score) for the Java trainer:
#   Rscript plugins/finance-review-risk/export-fine-foods.R data/fine-foods
args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) > 0) args[1] else "data/fine-foods"
dir.create(out, recursive = TRUE, showWarnings = FALSE)
data(small_fine_foods, package = "modeldata")
write.csv(training_data, file.path(out, "train.csv"), row.names = FALSE, fileEncoding = "UTF-8")
write.csv(testing_data, file.path(out, "test.csv"), row.names = FALSE, fileEncoding = "UTF-8")
cat("wrote", nrow(training_data), "training and", nrow(testing_data), "test reviews to", out, "\n")
