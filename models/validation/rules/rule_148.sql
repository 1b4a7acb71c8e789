-- 148: the date an episode ceased and the reason it ceased are both given or both blank.
{{ all_or_none_given('148', 'episodes', values={'DEC': 'dec_text', 'REC': 'rec'}) }}
