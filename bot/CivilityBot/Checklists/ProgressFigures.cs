namespace CivilityBot.Checklists;

/// <summary>Sub-criteria done of total, points secured (done) versus at risk (not done), and how many are late.</summary>
public sealed record ProgressFigures(int Done, int Total, int PointsSecured, int PointsAtRisk, int Late)
{
    public static ProgressFigures Of(IEnumerable<ProgressItem> items)
    {
        int done = 0, total = 0, secured = 0, atRisk = 0, late = 0;
        foreach (var item in items)
        {
            total++;
            if (item.Done)
            {
                done++;
                secured += item.Points;
            }
            else
            {
                atRisk += item.Points;
                late += item.Late ? 1 : 0;
            }
        }

        return new ProgressFigures(done, total, secured, atRisk, late);
    }

    public bool Complete => Total > 0 && Done == Total;
}
