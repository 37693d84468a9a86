using DatasetSdk.Extraction.Metadata;
using static DatasetSdk.Extraction.Tests.Segment.SegmentFixture;

namespace DatasetSdk.Extraction.Tests.Metadata;

public class CopyrightOutletTests
{
    [Theory]
    [InlineData("© 2024 The Harbour Post · Privacy policy · Terms of use", "The Harbour Post")]
    [InlineData("Copyright 2019-2024 Valley Courier. All rights reserved.", "Valley Courier")]
    [InlineData("© 2008-2024 «Городская газета». Все права защищены. 16+", "Городская газета")]
    public void The_copyright_footer_names_the_site(string line, string expected) =>
        Assert.Equal(expected, OutletFinder.CopyrightHolder(line));

    [Theory]
    [InlineData("© Agency / John Doe")]
    [InlineData("© 2024 All rights reserved")]
    [InlineData("© 2024. Все права защищены.")]
    [InlineData("The Harbour Post 2024")]
    public void Photo_credits_and_bare_notices_name_no_site(string line) =>
        Assert.Null(OutletFinder.CopyrightHolder(line));

    [Fact]
    public void An_unknown_site_is_named_by_its_footer()
    {
        var text = Lines("The Harbour Post", "", "Harbour reopens after the storm", "",
            "The harbour reopened to fishing boats on Monday after a week of repairs to the damaged pier.", "",
            "© 2024 The Harbour Post · Privacy policy");
        Assert.Equal("The Harbour Post", DocumentExtractor.Extract("doc.txt", text).Source);
    }
}
