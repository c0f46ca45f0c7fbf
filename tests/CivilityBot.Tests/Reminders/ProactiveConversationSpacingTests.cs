using CivilityBot.Conversations;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CivilityBot.Tests.Reminders;

public sealed class ProactiveConversationSpacingTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2023, 9, 15, 1, 0, 0, TimeSpan.Zero));
    private readonly ConversationSpacing _spacing;

    public ProactiveConversationSpacingTests() =>
        _spacing = new ConversationSpacing(Options.Create(new ConnectorPacingOptions()), _time);

    [Fact]
    public void TryAdmit_SeventhInOneSecondPassesEighthWaitsForTheFirstToLeaveTheWindow()
    {
        var admitted = Enumerable.Range(0, 7).Select(_ => _spacing.TryAdmit("a:1")).ToList();

        var eighth = _spacing.TryAdmit("a:1");

        Assert.All(admitted, wait => Assert.Equal(TimeSpan.Zero, wait));
        Assert.Equal(TimeSpan.FromSeconds(1), eighth);
    }

    [Fact]
    public void TryAdmit_OtherConversationsAreNotHeldUp()
    {
        for (var i = 0; i < 7; i++)
        {
            _spacing.TryAdmit("a:busy");
        }

        Assert.Equal(TimeSpan.Zero, _spacing.TryAdmit("a:quiet"));
    }

    [Fact]
    public void TryAdmit_NinthInTwoSecondsWaitsEvenAfterTheOneSecondWindowClears()
    {
        for (var i = 0; i < 7; i++)
        {
            _spacing.TryAdmit("a:1");
        }

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.Zero, _spacing.TryAdmit("a:1"));

        Assert.Equal(TimeSpan.FromSeconds(1), _spacing.TryAdmit("a:1"));
    }

    [Fact]
    public void TryAdmit_SixtyInThirtySecondsIsTheMostOneConversationGets()
    {
        var admitted = 0;
        for (var step = 0; step < 60; step++)
        {
            while (_spacing.TryAdmit("a:1") == TimeSpan.Zero)
            {
                admitted++;
            }

            _time.Advance(TimeSpan.FromMilliseconds(500));
        }

        // 30 s of trying: Teams allows 60 in any 30 s, so 60 and not one more.
        Assert.Equal(60, admitted);
    }
}
