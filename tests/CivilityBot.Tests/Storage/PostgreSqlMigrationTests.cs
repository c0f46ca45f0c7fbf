using CivilityBot.Checklists;
using CivilityBot.Storage.PostgreSql;
using DbUp;
using Npgsql;

namespace CivilityBot.Tests.Storage;

/// <summary>Upgrading a database made before rounds existed: migration 0003 keeps its checklists as round 1's.</summary>
public sealed class PostgreSqlMigrationTests
{
    [Fact]
    public void Checklists_of_a_database_migrated_before_0003_become_round_1s_and_later_rounds_start_empty()
    {
        using var db = new PostgreSqlTestDatabase();
        var before = DeployChanges.To.PostgresqlDatabase(db.ConnectionString)
            .WithScriptsEmbeddedInAssembly(typeof(PostgreSqlMigrations).Assembly, name =>
                name.Contains(".Storage.PostgreSql.Migrations.0001_", StringComparison.Ordinal) || name.Contains(".Storage.PostgreSql.Migrations.0002_", StringComparison.Ordinal))
            .JournalToPostgresqlTable("public", "schemaversions")
            .LogToNowhere()
            .Build()
            .PerformUpgrade();
        Assert.True(before.Successful);
        using (var connection = new NpgsqlConnection(db.ConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand(
                "INSERT INTO checklist_states (id, doc) VALUES ('16.1', '{\"Id\":\"16.1\",\"IndicatorNumber\":16,\"Done\":true}'::jsonb);"
                + "INSERT INTO checklist_audit (activity_id, doc) VALUES ('act-2023', '{\"SubCriterionId\":\"16.1\",\"ActivityId\":\"act-2023\"}'::jsonb);",
                connection);
            command.ExecuteNonQuery();
        }

        var stores = new PostgreSqlRoundChecklistStores(db.Database, new PostgreSqlStoreVersions(db.Database)); // applies 0003 and later

        Assert.True(stores.For(1).Find("16.1")!.Done);
        Assert.Equal(1, stores.For(1).AuditCount());
        Assert.True(stores.For(1).Save(new ChecklistSave([new ChecklistChange("16.1", 16) { Done = false }], new ChecklistActor("宋伟", null), ChangeSources.Card, "act-2023", DateTimeOffset.UnixEpoch)).Replayed);
        Assert.Empty(stores.For(2).All());
        Assert.Equal(0, stores.For(2).AuditCount());
    }
}
