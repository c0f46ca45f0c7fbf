using CivilityBot.Reminders;

namespace CivilityBot.Tests.Reminders;

/// <summary>What every <see cref="IReminderDraftStore"/> must do; each storage technology runs it in a subclass.</summary>
public abstract class ReminderDraftStoreContractTests
{
    private static readonly DateTimeOffset T0 = new(2023, 10, 23, 1, 0, 0, TimeSpan.Zero);

    protected abstract IReminderDraftStore Store { get; }

    [Fact]
    public void Find_ReturnsAnUnusedDraftUntilItExpires()
    {
        Store.Save(Draft("d-1"));

        Assert.Equal(("刘斌", "每周一 9:00"), (Store.Find("d-1", T0)!.CreatedBy, Store.Find("d-1", T0)!.Schedule!.Description));
        Assert.Null(Store.Find("d-1", T0.AddHours(1)));
        Assert.Null(Store.Find("unknown", T0));
    }

    [Fact]
    public void Take_UsesTheDraftExactlyOnce()
    {
        Store.Save(Draft("d-1"));

        var taken = Enumerable.Range(0, 6).AsParallel().Select(_ => Store.Take("d-1", T0)).ToList();

        Assert.Single(taken, draft => draft is not null);
        Assert.Null(Store.Find("d-1", T0));
    }

    [Fact]
    public void Prune_ForgetsExpiredDrafts()
    {
        Store.Save(Draft("old"));
        Store.Save(Draft("new", expires: T0.AddDays(1)));

        Assert.Equal(1, Store.Prune(T0.AddHours(2)));
        Assert.NotNull(Store.Find("new", T0.AddHours(2)));
    }

    private static ReminderDraft Draft(string id, DateTimeOffset? expires = null) => new()
    {
        Id = id,
        CreatedBy = "刘斌",
        CreatedAt = T0,
        ExpiresAt = expires ?? T0.AddHours(1),
        Audience = ReminderAudience.Of(AudienceKind.People, ["宋伟"]),
        Note = "请尽快完成",
        Schedule = ScheduleSpec.Of("0 9 * * 1", "每周一 9:00"),
    };
}
