using CivilityBot.Tests.Host;
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
        Assert.Equal(2L, command.ExecuteScalar());
    }
}
