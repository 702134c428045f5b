"""Bodies listed before "and other <units> of Y" are units of Y (``PartyPatterns.other_units``)."""

import pytest


@pytest.mark.parametrize("text, parent, units", [
    ("While in Beijing, the delegation will make calls on the Ministry of Commerce, the National Development and "
     "Reform Commission and other ministries of the Central People's Government.", "Central People's Government",
     {"Ministry of Commerce", "National Development and Reform Commission"}),
    ("Representatives of the Transport Department, the Highways Department and other departments of the HKSAR "
     "Government attended the meeting.", "HKSAR Government", {"Transport Department", "Highways Department"}),
    ("The Secretary met officials of the Ministry of Commerce, the General Administration of Customs and other "
     "departments of the State Council in Beijing.", "State Council",
     {"Ministry of Commerce", "General Administration of Customs"}),
])
def test_bodies_listed_with_other_units_of_a_body(found_facts, text, parent, units):
    assert {s for s, p, o in found_facts(text) if p == "subOrganizationOf" and o == parent} == units


@pytest.mark.parametrize("text", [
    # other bodies, not units of one
    "The mission visited the Riverton Port Authority, the Lakeside Chamber of Commerce and other organisations in "
    "Riverton.",
    # no body the list belongs to
    "Officials of the Transport Department, the Highways Department and other government departments attended.",
])
def test_no_units_without_a_body_of_units(found_facts, text):
    assert not {f for f in found_facts(text) if f[1] == "subOrganizationOf" and f[2] not in f[0]}
