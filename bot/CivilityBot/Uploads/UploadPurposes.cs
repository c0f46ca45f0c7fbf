namespace CivilityBot.Uploads;

/// <summary>Every <see cref="IUploadPurpose"/> registered in DI, by key.</summary>
public sealed class UploadPurposes
{
    private readonly Dictionary<string, IUploadPurpose> _byKey;

    /// <exception cref="InvalidOperationException">Two purposes share a key, or a key is not lower-case ASCII of at most 32 characters.</exception>
    public UploadPurposes(IEnumerable<IUploadPurpose> purposes)
    {
        _byKey = new Dictionary<string, IUploadPurpose>(StringComparer.Ordinal);
        foreach (var purpose in purposes)
        {
            if (purpose.Key is not { Length: > 0 and <= 32 } key || !key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                throw new InvalidOperationException($"Upload purpose key '{purpose.Key}' must be 1 to 32 lower-case ASCII letters, digits or '-'.");
            }

            if (!_byKey.TryAdd(key, purpose))
            {
                throw new InvalidOperationException($"Upload purpose '{key}' is registered twice.");
            }
        }
    }

    /// <summary>The purpose with <paramref name="key"/>, or null.</summary>
    public IUploadPurpose? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>
    /// What the person is told about all of <paramref name="receipts"/> of one upload: the purpose's own summary when it
    /// gives one, else the receipts' texts one per line and the last card.
    /// </summary>
    public static UploadReceipt Summarise(IUploadPurpose purpose, UploadRequest request, IReadOnlyList<UploadReceipt> receipts) =>
        receipts.Count == 1 ? receipts[0]
        : purpose is IUploadBatchPurpose batch ? batch.Summarise(request, receipts)
        : new UploadReceipt(string.Join('\n', receipts.Select(receipt => receipt.Text)), receipts.LastOrDefault(receipt => receipt.Card is not null)?.Card);
}
