using CivilityBot.Storage;
using LiteDB;

namespace CivilityBot.Uploads;

/// <summary>Pending chat uploads in LiteDB (collection <c>upload_pending</c>, id = roster name).</summary>
public sealed class LiteDbPendingUploadStore(BotDatabase database) : IPendingUploadStore
{
    private readonly ILiteCollection<PendingUpload> _pending = database.Collection<PendingUpload>("upload_pending");

    public void Set(PendingUpload pending) => _pending.Upsert(pending);

    public PendingUpload? Find(string personName, DateTimeOffset now)
    {
        if (_pending.FindById(personName) is not { } pending)
        {
            return null;
        }

        if (pending.ExpiresAt > now)
        {
            return pending;
        }

        _pending.Delete(personName);
        return null;
    }

    public bool Clear(string personName) => _pending.Delete(personName);
}
