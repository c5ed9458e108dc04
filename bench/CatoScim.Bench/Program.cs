using CatoScim.Bench;

return await BenchApp.RunAsync(args);
