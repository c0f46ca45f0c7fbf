namespace CivilityBot.Tests.Conversations;

/// <summary>What every <see cref="IConversationReferenceStore"/> must do; each storage technology runs it in a subclass.</summary>
public abstract class ConversationReferenceStoreContractTests
{
    private static readonly DateTimeOffset T0 = new(2023, 9, 15, 1, 0, 0, TimeSpan.Zero);

    protected abstract IConversationReferenceStore Store { get; }

    [Fact]
    public void Upsert_ThenFind_ReturnsTheRecordFieldForField_PersonalChatsFirstThenNewest()
    {
        var channel = Reference("19:channel", "personal-no", T0.AddHours(2)) with { ConversationType = "channel" };
        var older = Reference("a:old", null, T0);
        var newer = Reference("a:new", null, T0.AddHours(1)) with { BlockedAt = T0.AddMinutes(5), TenantId = "t-1", BotName = "创建文明单位" };
        Store.Upsert(channel);
        Store.Upsert(older);
        Store.Upsert(newer);

        Assert.Equal([newer, older, channel], Store.FindByAadObjectId("aad-song"));
        Assert.Equal([newer, older, channel], Store.FindByUserId("29:song"));
        Assert.Empty(Store.FindByUserId("29:nobody"));
    }

    [Fact]
    public void Upsert_ReplacesTheRecordWithTheSameId()
    {
        Store.Upsert(Reference("a:1", null, T0));
        var replaced = Reference("a:1", null, T0.AddDays(1)) with { ServiceUrl = "https://smba.trafficmanager.net/apac/" };

        Store.Upsert(replaced);

        Assert.Equal([replaced], Store.FindByUserId("29:song"));
    }

    [Fact]
    public void VerifiedServiceUrls_ListsEachVerifiedUrlOnce()
    {
        Store.Upsert(Reference("a:1", null, T0) with { ServiceUrlVerified = true });
        Store.Upsert(Reference("a:2", null, T0) with { ServiceUrlVerified = true, ServiceUrl = "https://SMBA.trafficmanager.net/cn/" });
        Store.Upsert(Reference("a:3", null, T0) with { ServiceUrl = "https://unverified.example/" });

        Assert.Equal(["https://smba.trafficmanager.net/cn/"], Store.VerifiedServiceUrls().Select(url => url.ToLowerInvariant()));
    }

    private static ConversationReferenceRecord Reference(string conversationId, string? type, DateTimeOffset at) => new()
    {
        Id = ConversationReferenceRecord.KeyFor(conversationId, "29:song"),
        UserId = "29:song",
        AadObjectId = "aad-song",
        UserName = "宋伟",
        ConversationId = conversationId,
        ConversationType = type,
        ServiceUrl = "https://smba.trafficmanager.net/cn/",
        UpdatedAt = at,
    };
}
