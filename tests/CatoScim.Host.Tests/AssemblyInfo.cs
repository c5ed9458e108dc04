// Hangfire keeps process-wide static configuration, so Host tests run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
