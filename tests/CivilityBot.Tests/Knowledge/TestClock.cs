using Microsoft.Extensions.Options;

namespace CivilityBot.Tests.Knowledge;

/// <summary>The bureau clock on the default zone (Asia/Shanghai), over a test's time.</summary>
internal static class TestClock
{
    public static BureauClock Create(TimeProvider? time = null) => new(Options.Create(new BureauOptions()), time ?? TimeProvider.System);
}
