using CivilityBot.Storage;
using LiteDB;

namespace CivilityBot.People;

/// <summary><see cref="IDirectoryRecordStore"/> in the bot's database (collection <c>people_directory</c>).</summary>
public sealed class LiteDbDirectoryRecordStore(BotDatabase database) : IDirectoryRecordStore
{
    private readonly ILiteCollection<DirectoryRecord> _records = database.Collection<DirectoryRecord>("people_directory");
    private readonly Lock _gate = new();

    public DirectoryRecord? Find(string personName) => _records.FindById(personName);

    public IReadOnlyList<DirectoryRecord> All() => [.. _records.FindAll().OrderBy(record => record.Id, StringComparer.Ordinal)];

    public void Save(DirectoryRecord record)
    {
        lock (_gate)
        {
            _records.Upsert(record);
        }
    }

    public DirectoryRecord Update(string personName, Func<DirectoryRecord, DirectoryRecord> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            var updated = change(_records.FindById(personName) ?? new DirectoryRecord { Id = personName });
            _records.Upsert(updated);
            return updated;
        }
    }
}
