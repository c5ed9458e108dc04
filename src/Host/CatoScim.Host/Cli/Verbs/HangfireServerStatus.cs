namespace CatoScim.Host.Cli.Verbs;

/// <summary>A Hangfire server known to the job storage; a heartbeat far in the past means it died without saying so.</summary>
internal sealed record HangfireServerStatus(string Name, int Workers, IReadOnlyList<string> Queues, DateTime StartedAt, DateTime? Heartbeat);
