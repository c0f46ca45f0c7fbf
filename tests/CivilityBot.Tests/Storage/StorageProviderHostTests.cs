using CivilityBot.Storage;
using CivilityBot.Tests.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CivilityBot.Tests.Storage;

/// <summary>Storage:Provider is checked at start-up with a message that says what to set.</summary>
public sealed class StorageProviderHostTests
{
    [Fact]
    public void PostgreSql_without_a_connection_string_stops_start_up_saying_which_setting_is_missing()
    {
        using var app = new BotApplication(settings: new Dictionary<string, string?> { ["Storage:Provider"] = "PostgreSql" });

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Storage:ConnectionString", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:CivilityBot", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConnectionStrings_CivilityBot_is_accepted_in_place_of_Storage_ConnectionString()
    {
        using var db = new PostgreSqlTestDatabase();
        using var app = new BotApplication(settings: new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSql",
            ["ConnectionStrings:CivilityBot"] = db.ConnectionString,
        });

        using var client = app.CreateClient();

        Assert.False(File.Exists(app.DatabasePath));
        using var connection = db.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM schemaversions";
        var migrations = typeof(CivilityBot.Storage.PostgreSql.PostgreSqlMigrations).Assembly.GetManifestResourceNames()
            .Count(name => name.Contains(".Storage.PostgreSql.Migrations.", StringComparison.Ordinal));
        Assert.Equal((long)migrations, command.ExecuteScalar()); // every shipped migration ran at start-up
    }

    [Fact]
    public void On_PostgreSql_no_service_of_the_bot_needs_the_LiteDB_database()
    {
        using var db = new PostgreSqlTestDatabase();
        var registered = new List<Type>();
        using var app = new BotApplication(settings: new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSql",
            ["Storage:ConnectionString"] = db.ConnectionString,
        })
        {
            ConfigureTestServices = services =>
            {
                registered.AddRange(services.Select(descriptor => descriptor.ServiceType));
                services.AddSingleton<BotDatabase>(_ => throw new InvalidOperationException("BotDatabase was constructed on Storage:Provider=PostgreSql"));
            },
        };
        using var client = app.CreateClient();
        using var scope = app.Services.CreateScope();

        var botTypes = registered.Distinct()
            .Where(type => !type.IsGenericTypeDefinition && type.Namespace?.StartsWith("CivilityBot", StringComparison.Ordinal) == true)
            .Except(LiteDbOnly).ToList();
        var resolved = botTypes.Sum(type => scope.ServiceProvider.GetServices(type).Count());

        Assert.True(resolved >= botTypes.Count);
        Assert.Contains(typeof(CivilityBot.Knowledge.Rounds.IRoundStore), botTypes);
        Assert.False(File.Exists(app.DatabasePath));
    }

    /// <summary>Registered on every provider but only resolved on LiteDb (the backups of the LiteDB file).</summary>
    private static readonly Type[] LiteDbOnly = [typeof(BotDatabase), typeof(DatabaseBackupSchedule), typeof(DatabaseBackupService)];
}
