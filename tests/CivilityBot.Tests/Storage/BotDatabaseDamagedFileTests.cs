using CivilityBot.Storage;
using CivilityBot.Tests.Host;

namespace CivilityBot.Tests.Storage;

/// <summary>Issue 8.3: a damaged database is refused, never replaced, and nothing on disk changes.</summary>
public sealed class BotDatabaseDamagedFileTests
{
    public static TheoryData<string> Kinds => new(DamagedDatabaseFile.Kinds);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Constructor_DamagedFile_RefusesNamingTheFileAndChangesNothing(string kind)
    {
        using var file = DamagedDatabaseFile.Create(kind);
        var before = file.Fingerprint();

        var error = Assert.Throws<DamagedDatabaseException>(() => new BotDatabase(file.Path));

        Assert.Equal(file.Path, error.DatabasePath);
        Assert.Contains(file.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains(file.LogPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("restore the latest backup", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, file.Fingerprint());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_service_does_not_start_on_a_damaged_database_and_leaves_it_byte_for_byte(string kind)
    {
        using var file = DamagedDatabaseFile.Create(kind);
        var before = file.Fingerprint();
        using var app = new BotApplication(file.Path);

        var error = Assert.Throws<DamagedDatabaseException>(() => app.CreateClient());

        Assert.Contains(file.Path, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, file.Fingerprint());
    }

    [Fact]
    public void Constructor_NoFileYet_CreatesANewDatabase()
    {
        var folder = Directory.CreateTempSubdirectory("civilitybot-new-").FullName;
        try
        {
            var path = Path.Combine(folder, "sub", "civilitybot.db");

            using (var database = new BotDatabase(path))
            {
                database.Collection<Marker>("markers").Insert(new Marker { Id = 1 });
            }

            Assert.Null(DatabaseFileCheck.Check(path).Reason);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed class Marker
    {
        public int Id { get; set; }
    }
}
