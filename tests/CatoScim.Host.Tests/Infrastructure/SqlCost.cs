namespace CatoScim.Host.Tests.Infrastructure;

public sealed record SqlCost(int Commands, int RowsRead);
