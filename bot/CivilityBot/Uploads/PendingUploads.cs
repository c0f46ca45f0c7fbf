using Microsoft.Extensions.Options;

namespace CivilityBot.Uploads;

/// <summary>Starts and reads pending chat uploads, with the lifetime from <see cref="UploadOptions.PendingLifetime"/>.</summary>
public sealed class PendingUploads(IPendingUploadStore store, TimeProvider time, IOptions<UploadOptions> options)
{
    /// <summary>From now on (for <see cref="UploadOptions.PendingLifetime"/>) a file <paramref name="personName"/> sends in personal chat is for this purpose and target.</summary>
    public PendingUpload Begin(string personName, string purposeKey, string target)
    {
        var now = time.GetUtcNow();
        var pending = new PendingUpload { Id = personName, PurposeKey = purposeKey, Target = target, SetAt = now, ExpiresAt = now + options.Value.PendingLifetime };
        store.Set(pending);
        return pending;
    }

    /// <summary>The person's pending upload in force now, or null.</summary>
    public PendingUpload? Find(string personName) => store.Find(personName, time.GetUtcNow());

    /// <summary>How long a pending upload lasts, in whole minutes, for replies ("30 分钟内").</summary>
    public int LifetimeMinutes => (int)Math.Round(options.Value.PendingLifetime.TotalMinutes);
}
