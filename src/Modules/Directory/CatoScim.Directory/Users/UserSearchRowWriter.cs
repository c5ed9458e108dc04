using Microsoft.Data.Sqlite;

namespace CatoScim.Directory.Users;

/// <summary>Replaces one user's row of the trigram index with the user's current values (none once deleted), and unqueues it.</summary>
internal sealed class UserSearchRowWriter(SqliteConnection connection, SqliteTransaction transaction) : IAsyncDisposable
{
    private readonly SqliteCommand _remove = UserSearchIndexer.Command(connection, transaction, """
        DELETE FROM "Directory_UserSearch" WHERE rowid = (SELECT "SearchRowId" FROM "Directory_UserSearchRows" WHERE "UserId" = $id);
        DELETE FROM "Directory_UserSearchRows" WHERE "UserId" = $id;
        DELETE FROM "Directory_UserSearchQueue" WHERE "UserId" = $id;
        """);

    private readonly SqliteCommand _read = UserSearchIndexer.Command(connection, transaction, """
        SELECT "AccountId", "UserNameNormalized", "EmailNormalized", "GivenName", "FamilyName", "DisplayName" FROM "Directory_Users" WHERE "Id" = $id
        """);

    private readonly SqliteCommand _add = UserSearchIndexer.Command(connection, transaction, """
        INSERT INTO "Directory_UserSearch" ("UserId", "AccountId", "UserName", "Email", "GivenName", "FamilyName", "DisplayName")
        VALUES ($id, $account, $userName, $email, $given, $family, $display);
        INSERT INTO "Directory_UserSearchRows" ("UserId", "SearchRowId") VALUES ($id, last_insert_rowid());
        """);

    public async Task ReindexAsync(string id, CancellationToken ct)
    {
        _remove.Parameters.Clear();
        _remove.Parameters.AddWithValue("$id", id);
        await _remove.ExecuteNonQueryAsync(ct);

        _read.Parameters.Clear();
        _read.Parameters.AddWithValue("$id", id);
        object?[] values;
        await using (var reader = await _read.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct))
            {
                return;
            }

            values = new object?[reader.FieldCount];
            reader.GetValues(values!);
        }

        _add.Parameters.Clear();
        _add.Parameters.AddWithValue("$id", id);
        string[] names = ["$account", "$userName", "$email", "$given", "$family", "$display"];
        for (var i = 0; i < names.Length; i++)
        {
            _add.Parameters.AddWithValue(names[i], values[i] ?? DBNull.Value);
        }

        await _add.ExecuteNonQueryAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _remove.DisposeAsync();
        await _read.DisposeAsync();
        await _add.DisposeAsync();
    }
}
