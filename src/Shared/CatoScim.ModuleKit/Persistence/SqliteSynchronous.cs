namespace CatoScim.ModuleKit.Persistence;

/// <summary>
/// SQLite's `PRAGMA synchronous` for every module connection (`Database:Synchronous`). Full syncs the WAL on every
/// commit, so an acknowledged write survives an OS crash or power loss; Normal syncs only at checkpoints, so it
/// survives a process crash but an OS crash can lose the last commits.
/// </summary>
public enum SqliteSynchronous
{
    Normal = 1,
    Full = 2,
}
